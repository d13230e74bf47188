package org.fuelwatch.run;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fuelwatch.system.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunOptionsTests {

    @TempDir
    Path folder;

    @Test
    void anOutputFolderInsideTheInputFolderIsRefused() {
        Path input = folder.resolve("input");
        assertThatThrownBy(() -> new RunOptions(input, input.resolve("output"), null).checkFolders())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("is inside the input folder");
        assertThatThrownBy(() -> new RunOptions(input, input.resolve("a/../."), null).checkFolders())
                .isInstanceOf(ConfigurationException.class);
    }

    @Test
    void anInputFolderInsideTheOutputFolderIsRefused() {
        Path output = folder.resolve("output");
        assertThatThrownBy(() -> new RunOptions(output.resolve("in"), output, null).checkFolders())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("is inside the output folder");
    }

    @Test
    void anOutputFolderThatIsAFileIsRefused() throws IOException {
        Path output = Files.writeString(folder.resolve("output"), "not a folder");
        assertThatThrownBy(() -> new RunOptions(folder.resolve("input"), output, null).checkFolders())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("is a file, not a folder");
    }

    @Test
    void foldersSideBySideAreFine() {
        assertThatCode(() -> new RunOptions(folder.resolve("input"), folder.resolve("output"), null).checkFolders())
                .doesNotThrowAnyException();
        assertThatCode(() -> new RunOptions(folder.resolve("in"), folder.resolve("input-out"), null).checkFolders())
                .doesNotThrowAnyException();
    }
}
