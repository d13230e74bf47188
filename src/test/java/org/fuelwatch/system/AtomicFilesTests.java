package org.fuelwatch.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTests {

    @TempDir
    Path folder;

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = folder.resolve("briefing.json");
        Files.writeString(file, "last good");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half of the new".getBytes());
            throw new IOException("No space left on device");
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("No space left on device")
                .hasMessageContaining("briefing.json");

        assertThat(file).hasContent("last good");
        assertThat(folder).isDirectoryNotContaining("glob:**/*.part");
    }

    @Test
    void aFinishedWriteReplacesTheFileWhole() throws IOException {
        Path file = folder.resolve("sub/latest.json");
        AtomicFiles.write(file, out -> out.write("new".getBytes()));
        AtomicFiles.copy(file, folder.resolve("copy.json"));

        assertThat(file).hasContent("new");
        assertThat(folder.resolve("copy.json")).hasContent("new");
        assertThat(folder.resolve("sub")).isDirectoryNotContaining("glob:**/*.part");
    }

    @Test
    void aFolderThatIsAFileIsNamedInPlainWords() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("output"), "a file");
        assertThatThrownBy(() -> AtomicFiles.write(notAFolder.resolve("x.json"), out -> out.write(1)))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot write");
    }
}
