package org.fuelwatch.acled;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fuelwatch.acled.AcledMatches.Row;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit of one match, replacing the previous one in the step's transaction: a row in acled_match for each event
 * of an attack type (the notes decided it, or it was selected), and in acled_match_summary a count per file and
 * reason of every other event, which its type alone decided. Rows are batched plain INSERTs after one DELETE, since
 * the whole audit is replaced.
 */
final class AcledAudit {

    private static final int BATCH = 1000;

    /** The key of one summary line: a file, a reason and whether ACLED deleted the events. */
    private record Reasoned(String sourceFile, String reason, boolean deleted) {
    }

    private final JdbcTemplate jdbc;
    private final long run;
    private final List<Object[]> rows = new ArrayList<>();
    /** Per summary line: the events, and the newest timestamp of those not deleted. */
    private final Map<Reasoned, long[]> counts = new LinkedHashMap<>();

    AcledAudit(JdbcTemplate jdbc, long run) {
        this.jdbc = jdbc;
        this.run = run;
    }

    /** Drops the previous match's audit; call after its rows have been compared ({@link AcledStore#listChanges}). */
    void clear() {
        jdbc.update("DELETE FROM acled_match");
        jdbc.update("DELETE FROM acled_match_summary");
    }

    void add(AcledEvent e, Row r) {
        rows.add(new Object[] {r.eventId(), e.timestamp(), r.date(), r.location(), e.sourceFile(), e.deleted(),
            r.selected(), truncate(r.reason(), 400), r.route(), r.corridor(), r.distanceKm(),
            truncate(r.sharedWith(), 200), r.mergedWith(), r.tankers(), run});
        if (rows.size() >= BATCH) {
            flush();
        }
    }

    /** Counts an event its type alone left out, under its file and the reason the selector gave. */
    void count(AcledEvent e, String reason) {
        long[] line = counts.computeIfAbsent(new Reasoned(e.sourceFile(), truncate(reason, 400), e.deleted()),
                k -> new long[] {0, Long.MIN_VALUE});
        line[0]++;
        if (!e.deleted()) {
            line[1] = Math.max(line[1], e.timestamp());
        }
    }

    /** Writes the rest of the rows and the counts. */
    void finish() {
        flush();
        jdbc.batchUpdate("INSERT INTO acled_match_summary (source_file, reason, deleted, events, newest_timestamp, "
                + "match_run) VALUES (?, ?, ?, ?, ?, ?)", counts.entrySet().stream().map(l -> new Object[] {
                    l.getKey().sourceFile(), l.getKey().reason(), l.getKey().deleted(), l.getValue()[0],
                    l.getValue()[1] == Long.MIN_VALUE ? null : l.getValue()[1], run}).toList());
    }

    private void flush() {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO acled_match (event_id_cnty, acled_timestamp, event_date, location, "
                    + "source_file, deleted, selected, reason, route, corridor, distance_km, shared_with, merged_with, "
                    + "tankers, match_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            rows.clear();
        }
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
