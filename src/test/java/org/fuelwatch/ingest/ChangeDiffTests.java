package org.fuelwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChangeDiffTests {

    private static final List<String> COLUMNS = List.of("id", "day", "count", "note", "source_file", "source_line");
    private static final int[] CONTENT = {0, 1, 2, 3};

    @Test
    void namesEachChangedContentColumnOldToNewAndWhereTheOldRowWas() {
        Map<String, Object> old = new HashMap<>();
        old.put("id", "K");
        old.put("day", Date.valueOf("2025-10-01"));
        old.put("count", 3);
        old.put("note", null);
        old.put("source_file", "a.csv");
        old.put("source_line", 2L);
        Object[] now = {"K", LocalDate.of(2025, 10, 2), 3, "late", "b.csv", 9L};

        String text = ChangeDiff.describe(COLUMNS, CONTENT, old, now, new StoredRow("x", 1, "a.csv", 2));

        assertThat(text).isEqualTo("day: 2025-10-01 → 2025-10-02; note: (empty) → late (was a.csv line 2)");
    }

    @Test
    void numbersCompareByValueWhateverTypeTheDatabaseGaveBack() {
        assertThat(ChangeDiff.normalise(new BigDecimal("3083.80"))).isEqualTo("3083.8");
        assertThat(ChangeDiff.normalise(12.0)).isEqualTo("12");
        assertThat(ChangeDiff.normalise(12L)).isEqualTo("12");
        assertThat(ChangeDiff.normalise(null)).isNull();
    }
}
