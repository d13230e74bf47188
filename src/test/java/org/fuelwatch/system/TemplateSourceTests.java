package org.fuelwatch.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateSourceTests {

    @TempDir
    Path folder;

    @Test
    void builtInTemplatesNeedNoFolder() {
        TemplateSource source = TemplateSource.builtIn();
        assertThat(source.read("title.mustache")).isNotBlank();
        assertThat(source.exists("headings.properties")).isTrue();
        assertThat(source.exists("no-such.mustache")).isFalse();
        assertThat(source.describe("title.mustache")).isEqualTo("templates/title.mustache (built in)");
    }

    @Test
    void aFileInTheOverrideFolderReplacesOnlyItsNamesake() throws IOException {
        Files.writeString(folder.resolve("title.mustache"), "Fuel at Bamako, {{asOf}}");
        TemplateSource source = TemplateSource.of(folder);

        assertThat(source.read("title.mustache")).isEqualTo("Fuel at Bamako, {{asOf}}");
        assertThat(source.describe("title.mustache")).isEqualTo(folder.resolve("title.mustache").toString());
        assertThat(source.read("subtitle.mustache")).isEqualTo(TemplateSource.builtIn().read("subtitle.mustache"));
    }

    @Test
    void allListsTheEffectiveContentOfEveryTemplate() throws IOException {
        Files.createDirectories(folder.resolve("extra"));
        Files.writeString(folder.resolve("title.mustache"), "Edited");
        Files.writeString(folder.resolve("extra/note.mustache"), "New");

        var builtIn = TemplateSource.builtIn().all();
        var overridden = TemplateSource.of(folder).all();

        assertThat(builtIn).containsKeys("title.mustache", "summary.mustache", "headings.properties");
        assertThat(overridden.keySet()).containsAll(builtIn.keySet()).contains("extra/note.mustache");
        assertThat(new String(overridden.get("title.mustache"), StandardCharsets.UTF_8)).isEqualTo("Edited");
        assertThat(overridden.get("summary.mustache")).isEqualTo(builtIn.get("summary.mustache"));
    }

    @Test
    void aConfiguredFolderThatDoesNotExistIsAConfigurationError() {
        assertThatThrownBy(() -> TemplateSource.of(folder.resolve("tempaltes")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("fuelwatch.templates=")
                .hasMessageContaining("does not exist");
    }
}
