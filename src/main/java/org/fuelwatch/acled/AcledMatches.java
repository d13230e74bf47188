package org.fuelwatch.acled;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the last ACLED match made of the events, read back for the audit file, the manifest and the console summary:
 * a row for each event of an attack type, and a count per reason of the others, which their type alone left out.
 */
@Component
public class AcledMatches {

    /** One event of the audit file: why it counted or not. */
    public record Row(String eventId, LocalDate date, String location, boolean selected, String reason,
            String route, String corridor, Double distanceKm, String sharedWith, String mergedWith, Integer tankers) {
    }

    /** The events of every file that one reason left out, as the audit file's last lines count them. */
    public record Summary(String reason, long events) {
    }

    /** What became of the events of one ACLED file (each event counted in the file its newest version came from). */
    public record FileCounts(String file, long events, long selected, long matched, long merged, long unmatched,
            long deleted) {
    }

    /** The audit file's columns, in order. */
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "location", "selected", "reason",
            "route", "corridor", "distance_km", "shared_with", "merged_with", "tankers", "events");

    private final JdbcTemplate jdbc;

    AcledMatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the last match left an audit at all. */
    public boolean any() {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM acled_match FETCH FIRST 1 ROW ONLY) m) "
                + "+ (SELECT COUNT(*) FROM (SELECT 1 FROM acled_match_summary FETCH FIRST 1 ROW ONLY) s)",
                Long.class) > 0;
    }

    /** Each event's row by date and id, streamed: a region-wide export has hundreds of thousands. */
    public void eachRow(Consumer<Row> each) {
        // with a fetch size PostgreSQL's driver hands the rows over in batches instead of reading them all first
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(1000);
        streaming.query("""
                SELECT event_id_cnty, event_date, location, selected, reason, route, corridor, distance_km,
                       shared_with, merged_with, tankers
                FROM acled_match ORDER BY event_date, event_id_cnty""",
                rs -> {
                    each.accept(new Row(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                            rs.getBoolean(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getObject(8, Double.class), rs.getString(9), rs.getString(10),
                            rs.getObject(11, Integer.class)));
                });
    }

    /** The events left out by their type, per reason over every file, the most frequent first. */
    public List<Summary> summary() {
        return jdbc.query("SELECT reason, SUM(events) FROM acled_match_summary GROUP BY reason "
                + "ORDER BY SUM(events) DESC, reason", (rs, i) -> new Summary(rs.getString(1), rs.getLong(2)));
    }

    public List<FileCounts> perFile() {
        return jdbc.query("""
                SELECT source_file, SUM(events), SUM(selected), SUM(matched), SUM(merged), SUM(unmatched),
                       SUM(deleted)
                FROM (SELECT source_file, COUNT(*) AS events,
                             SUM(CASE WHEN selected AND NOT deleted THEN 1 ELSE 0 END) AS selected,
                             SUM(CASE WHEN route IS NOT NULL THEN 1 ELSE 0 END) AS matched,
                             SUM(CASE WHEN merged_with IS NOT NULL THEN 1 ELSE 0 END) AS merged,
                             SUM(CASE WHEN selected AND NOT deleted AND route IS NULL THEN 1 ELSE 0 END) AS unmatched,
                             SUM(CASE WHEN deleted THEN 1 ELSE 0 END) AS deleted
                      FROM acled_match GROUP BY source_file
                      UNION ALL
                      SELECT source_file, SUM(events), 0, 0, 0, 0, SUM(CASE WHEN deleted THEN events ELSE 0 END)
                      FROM acled_match_summary GROUP BY source_file) f
                GROUP BY source_file ORDER BY source_file""",
                (rs, i) -> new FileCounts(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7)));
    }

    /** Formats a distance as the audit file shows it. */
    public static String km(Double km) {
        return km == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", km);
    }
}
