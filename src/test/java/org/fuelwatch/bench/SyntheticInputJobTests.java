package org.fuelwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fuelwatch.TestData;
import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.Figures.FileCount;
import org.fuelwatch.figures.FiguresStore;
import org.fuelwatch.run.BriefingLauncher;
import org.fuelwatch.run.ExitCodes;
import org.fuelwatch.run.RunOptions;
import org.fuelwatch.run.RunOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The job takes a synthetic input whole: no row rejected, and the sample's figures since its supply is kept. */
@SpringBootTest
@ActiveProfiles("test")
class SyntheticInputJobTests {

    @Autowired
    BriefingLauncher launcher;

    @TempDir
    Path tmp;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        // the test context, and with it the in-memory database, is shared with other tests
        TestData.wipe(jdbc);
    }

    @Test
    void everySyntheticRowIsIngestedAndTheFiguresAreTheSamples() throws IOException {
        // given
        Path input = tmp.resolve("input");
        SyntheticInput.write(Path.of("input"), input, 3_000, 42);

        // when
        RunOutcome outcome = launcher.launch(new RunOptions(input, tmp.resolve("output"), null));

        // then
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(Files.readAllLines(tmp.resolve("output/rejects-2026-01-31.csv"))).hasSize(1);
        Figures figures = FiguresStore.read(tmp.resolve("output/.work/2026-01-31/figures.json"));
        assertThat(figures.files()).contains(new FileCount("incidents/incidents.csv", 3_000, 3_000, 0, 0, 0, null),
                new FileCount("supply/supply.csv", 375 * 8, 375 * 8, 0, 0, 0, null));
        assertThat(figures.supplyCut().cutPct()).isCloseTo(80, within(2.0));
        assertThat(figures.routeShare().sharePct()).isCloseTo(57, within(1.0));
    }
}
