package org.fuelwatch.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What changed in a corrected row: each content column whose value differs, old → new, and where the old row was. */
final class ChangeDiff {

    private ChangeDiff() {
    }

    /**
     * @param columns the row's columns, in {@link KindTable#columns()} order
     * @param content which of them hold content (not the place in the file)
     * @param old     the stored row by column name (any case)
     * @param now     the new row's values
     * @param before  where the stored row came from
     */
    static String describe(List<String> columns, int[] content, Map<String, Object> old, Object[] now,
            StoredRow before) {
        List<String> changes = new ArrayList<>();
        for (int i : content) {
            String was = normalise(old.get(columns.get(i)));
            String is = normalise(now[i]);
            if (!Objects.equals(was, is)) {
                changes.add(columns.get(i) + ": " + (was == null ? "(empty)" : was) + " → " + (is == null ? "(empty)" : is));
            }
        }
        return String.join("; ", changes) + " (was " + before.file() + " line " + before.line() + ")";
    }

    /** Dates as ISO text and whole numbers without a decimal point, whichever type the database gave back. */
    static String normalise(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
        }
        return value.toString();
    }
}
