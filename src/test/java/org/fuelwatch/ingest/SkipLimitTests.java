package org.fuelwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fuelwatch.TestData;
import org.fuelwatch.run.BriefingLauncher;
import org.fuelwatch.run.ExitCodes;
import org.fuelwatch.run.RunOptions;
import org.fuelwatch.run.RunOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/** Past the skip limit the run stops with the file and first reasons, and the last good briefing stays as it was. */
@SpringBootTest(properties = "fuelwatch.ingest.skip-limit=3")
@ActiveProfiles("test")
class SkipLimitTests {

    @Autowired
    BriefingLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @Test
    void tooManyBadRowsStopTheRunAndLeaveTheLastBriefing() throws IOException {
        TestData.wipe(jdbc);
        Path input = temp.resolve("input");
        FileSystemUtils.copyRecursively(Path.of("input/reference"), input.resolve("reference"));
        FileSystemUtils.copyRecursively(Path.of("input/supply"), input.resolve("supply"));
        Path broken = Path.of("src/test/resources/ingest/broken/incidents");
        Files.createDirectories(input.resolve("incidents"));
        for (String name : new String[] {"04-number.csv", "16-mixed.csv"}) {
            Files.copy(broken.resolve(name), input.resolve("incidents").resolve(name));
        }
        Path output = Files.createDirectories(temp.resolve("output"));
        Path lastGood = Files.writeString(output.resolve("briefing-2026-01-31.pdf"), "yesterday's good briefing");

        RunOutcome outcome = launcher.launch(new RunOptions(input, output, null));

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(outcome.message())
                .contains("5 rejected incidents rows, more than the skip limit of 3")
                .contains("incidents/04-number.csv line 2, tankers_attacked: expected a whole non-negative number")
                .contains("incidents/16-mixed.csv line 3, tankers_destroyed: more tankers destroyed than attacked (5)")
                .contains("the last good briefing is unchanged");
        assertThat(Files.readString(lastGood)).isEqualTo("yesterday's good briefing");
        assertThat(output).isDirectoryNotContaining("glob:**/rejects-*.csv");
    }
}
