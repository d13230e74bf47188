package org.fuelwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fuelwatch.TestData;
import org.fuelwatch.TestFiles;
import org.fuelwatch.bench.SyntheticInput.Shape;
import org.fuelwatch.figures.Figures;
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

/**
 * Dense input, every incident inside the briefing window: the figures are as large at tens of thousands of incidents
 * as at a few hundred, and the briefing aggregates the map and the timeline's attack lane.
 */
@SpringBootTest
@ActiveProfiles("test")
class DenseInputTests {

    @Autowired
    BriefingLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path tmp;

    @BeforeEach
    void emptyDatabase() {
        TestData.wipe(jdbc);
    }

    @Test
    void theFiguresHaveTheSameSizeAtAFewHundredAndAtTensOfThousandsOfIncidents() throws IOException {
        // given, when
        Figures few = figures(publish("few", 400));
        Figures many = figures(publish("many", 20_000));

        // then: every list the later steps read is as long, and the map and the timeline aggregate both times
        assertThat(many.totals().sinceBlockade().incidents()).isGreaterThan(40 * few.totals().sinceBlockade()
                .incidents());
        assertThat(sizes(many)).isEqualTo(sizes(few));
        assertThat(few.map().aggregated()).isTrue();
        assertThat(few.attacksByWeek()).isTrue();
        assertThat(many.map().incidentsPlaced()).isEqualTo(many.map().marks().stream()
                .mapToLong(Figures.MapMark::incidents).sum());
        assertThat(FiguresStore.json(many).length).isLessThan(FiguresStore.json(few).length * 11 / 10);
    }

    @Test
    void aBriefingOfSeveralThousandIncidentsHasAnAggregatedMapAndStaysSmall() throws IOException {
        // given, when
        RunOutcome outcome = publish("briefing", 5_000);

        // then
        Path pdf = outcome.briefing();
        Figures figures = figures(outcome);
        assertThat(figures.map().marks().size()).isLessThan(200);
        assertThat(Files.size(pdf)).isLessThan(1_500_000);
        String text = TestFiles.pdfText(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("incidents since 3 Sept 2025 grouped by corridor in squares of 0.5°",
                "one grey circle per week");
    }

    private RunOutcome publish(String name, int incidents) throws IOException {
        TestData.wipe(jdbc);
        Path input = tmp.resolve(name + "-input");
        SyntheticInput.write(Path.of("input"), input, incidents, 7, Shape.DENSE);
        RunOutcome outcome = launcher.launch(new RunOptions(input, tmp.resolve(name + "-output"), null));
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.SUCCESS);
        return outcome;
    }

    private Figures figures(RunOutcome outcome) {
        return FiguresStore.read(outcome.briefing().getParent().resolve(".work/2026-01-31/figures.json"));
    }

    /** The length of every list in the figures. */
    private static Map<String, Integer> sizes(Figures f) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("daily", f.daily().size());
        sizes.put("corridors", f.corridors().size());
        sizes.put("routes", f.routes().size());
        sizes.put("weekly", f.weekly().size());
        sizes.put("claims", f.claims().size());
        sizes.put("timeline", f.timeline().size());
        sizes.put("recentIncidents", f.recentIncidents().size());
        sizes.put("sources", f.sources().size());
        sizes.put("files", f.files().size());
        sizes.put("map marks", f.map().marks().size());
        sizes.put("map towns", f.map().towns().size());
        sizes.put("corridorDaily", f.corridorDaily().size());
        sizes.put("routeDaily", f.routeDaily().size());
        sizes.put("career", f.commander().career().size());
        sizes.put("keyDates", f.keyDates().size());
        return sizes;
    }
}
