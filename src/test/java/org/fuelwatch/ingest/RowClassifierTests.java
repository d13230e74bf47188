package org.fuelwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.fuelwatch.ingest.RowClassifier.Verdict;
import org.junit.jupiter.api.Test;

class RowClassifierTests {

    private static final long RUN = 7;
    private static final StoredRow EARLIER = new StoredRow("h1", 3, "incidents/a.csv", 12);

    @Test
    void aKeyNotStoredIsNew() {
        var classifier = new RowClassifier(RUN, Map.of());

        var c = classifier.classify("K", "h1", "incidents/b.csv", 2);

        assertThat(c.verdict()).isEqualTo(Verdict.NEW);
        assertThat(c.before()).isNull();
    }

    @Test
    void sameContentAsAnEarlierRunIsUnchangedAndDifferentContentIsACorrection() {
        var classifier = new RowClassifier(RUN, Map.of("K", EARLIER, "L", EARLIER));

        assertThat(classifier.classify("K", "h1", "incidents/b.csv", 2).verdict()).isEqualTo(Verdict.UNCHANGED);
        var corrected = classifier.classify("L", "h2", "incidents/b.csv", 3);
        assertThat(corrected.verdict()).isEqualTo(Verdict.CORRECTED);
        assertThat(corrected.before()).isEqualTo(EARLIER);
    }

    @Test
    void aSecondRowOfAKeyInThisRunIsARepeatOrAConflictNamingTheFirst() {
        var classifier = new RowClassifier(RUN, Map.of());
        classifier.classify("K", "h1", "incidents/b.csv", 2);

        assertThat(classifier.classify("K", "h1", "incidents/b.csv", 5).verdict()).isEqualTo(Verdict.REPEAT);
        var conflict = classifier.classify("K", "h2", "incidents/c.csv", 9);
        assertThat(conflict.verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(conflict.before()).isEqualTo(new StoredRow("h1", RUN, "incidents/b.csv", 2));
        // the first row is kept: a third row like the first is still a repeat
        assertThat(classifier.classify("K", "h1", "incidents/d.csv", 1).verdict()).isEqualTo(Verdict.REPEAT);
    }

    @Test
    void aRowStoredByThisRunInAnEarlierChunkIsJudgedAsThisRuns() {
        var classifier = new RowClassifier(RUN, Map.of("K", new StoredRow("h1", RUN, "incidents/a.csv", 4)));

        assertThat(classifier.classify("K", "h2", "incidents/a.csv", 600).verdict()).isEqualTo(Verdict.CONFLICT);
    }

    @Test
    void aCorrectionIsWhatLaterRowsOfTheChunkAreJudgedAgainst() {
        var classifier = new RowClassifier(RUN, Map.of("K", EARLIER));
        classifier.classify("K", "h2", "incidents/b.csv", 2);

        assertThat(classifier.classify("K", "h2", "incidents/b.csv", 3).verdict()).isEqualTo(Verdict.REPEAT);
        assertThat(classifier.classify("K", "h1", "incidents/b.csv", 4).verdict()).isEqualTo(Verdict.CONFLICT);
    }
}
