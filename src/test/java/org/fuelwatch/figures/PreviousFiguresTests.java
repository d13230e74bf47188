package org.fuelwatch.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.fuelwatch.system.OutputNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The previous briefing's figures, as an earlier version may have written them. */
class PreviousFiguresTests {

    static final LocalDate EARLIER = LocalDate.of(2026, 1, 17);
    static final LocalDate LATER = LocalDate.of(2026, 1, 31);

    @TempDir
    Path output;

    void published(LocalDate asOf, String figures) throws IOException {
        OutputNames names = new OutputNames(output);
        Files.createDirectories(names.figures(asOf).getParent());
        Files.writeString(names.figures(asOf), figures);
        Files.writeString(names.briefing(asOf), "%PDF");
    }

    @Test
    void figuresAnEarlierVersionWroteAreReadWithWhatTheyLackAsZeroAndWhatTheyHadExtraIgnored() throws IOException {
        // an earlier version: no withoutTankerCount or attacksByWeek, and a map field since renamed
        published(EARLIER, """
                {"asOf": "2026-01-17", "totals": {"last7Days": {"incidents": 3, "tankersDestroyed": 7}},
                 "map": {"incidents": [{"id": "X"}], "incidentsWithoutPlace": 1}}""");

        Figures previous = PreviousFigures.before(output, LATER).orElseThrow();

        assertThat(previous.asOf()).isEqualTo(EARLIER);
        assertThat(previous.totals().last7Days().tankersDestroyed()).isEqualTo(7);
        assertThat(previous.totals().last7Days().withoutTankerCount()).isZero();
        assertThat(previous.attacksByWeek()).isFalse();
        assertThat(previous.map().incidentsWithoutPlace()).isEqualTo(1);
    }

    @Test
    void aDamagedFileCostsTheComparisonOnlyAndAnOlderBriefingIsUsedInstead() throws IOException {
        published(EARLIER.minusDays(7), "{\"asOf\": \"2026-01-10\"}");
        published(EARLIER, "{\"asOf\": \"2026-01-17\", \"totals\": ");

        assertThat(PreviousFigures.before(output, LATER)).map(Figures::asOf).contains(EARLIER.minusDays(7));
        assertThat(PreviousFigures.before(output, EARLIER)).map(Figures::asOf).contains(EARLIER.minusDays(7));
        assertThat(PreviousFigures.before(output, EARLIER.minusDays(7))).isEmpty();
    }
}
