package org.fuelwatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class InputFingerprintTests {

    @TempDir
    Path input;

    @Test
    void aChangedPublishedSettingGivesAnotherFingerprint() throws IOException {
        Files.writeString(input.resolve("a.csv"), "x\n1\n");
        String before = fingerprint(settings());

        assertThat(fingerprint(settings("fuelwatch.briefing.author", "Ops Cell Bamako"))).isNotEqualTo(before);
        assertThat(fingerprint(settings("fuelwatch.briefing.data-label", "Field reports"))).isNotEqualTo(before);
        assertThat(fingerprint(settings("fuelwatch.figures.worst-window-days", "14"))).isNotEqualTo(before);
    }

    @Test
    void operationalSettingsDoNotCount() throws IOException {
        Files.writeString(input.resolve("a.csv"), "x\n1\n");
        String before = fingerprint(settings());

        assertThat(fingerprint(settings("fuelwatch.ingest.chunk-size", "1000"))).isEqualTo(before);
        assertThat(fingerprint(settings("fuelwatch.schedule.cron", "0 0 3 * * *"))).isEqualTo(before);
        assertThat(fingerprint(settings("fuelwatch.publish.keep-briefings", "5"))).isEqualTo(before);
    }

    @Test
    void aTemplateOverrideAndAnInputFileCount() throws IOException {
        Path overrides = Files.createDirectories(input.resolveSibling(input.getFileName() + "-templates"));
        Files.writeString(input.resolve("a.csv"), "x\n1\n");
        String before = fingerprint(settings());

        Files.writeString(overrides.resolve("title.mustache"), "Edited");
        assertThat(InputFingerprint.of(input, TemplateSource.of(overrides), settings())).isNotEqualTo(before);
        Files.writeString(input.resolve("a.csv"), "x\n2\n");
        assertThat(fingerprint(settings())).isNotEqualTo(before);
    }

    /** The rule is by construction: a new setting counts unless it is marked operational. */
    @Test
    void everySectionThatShapesTheBriefingCounts() {
        String published = InputFingerprint.publishedSettings(settings());
        Arrays.stream(FuelWatchProperties.class.getRecordComponents())
                .filter(c -> !c.isAnnotationPresent(Operational.class)).map(RecordComponent::getName)
                .forEach(name -> assertThat(published).contains(name + "="));
        assertThat(published).contains("figures=").contains("briefing=").doesNotContain("schedule=");
    }

    private String fingerprint(FuelWatchProperties settings) {
        return InputFingerprint.of(input, TemplateSource.builtIn(), settings);
    }

    private static FuelWatchProperties settings(String... pairs) {
        var map = new java.util.HashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("fuelwatch",
                FuelWatchProperties.class);
    }
}
