package org.fuelwatch.acled;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the last ACLED match made of each event, read back for the audit file, the manifest and the console summary.
 */
@Component
public class AcledMatches {

    /** One event of the audit file: why it counted or not. */
    public record Row(String eventId, LocalDate date, String location, boolean selected, String reason,
            String route, String corridor, Double distanceKm, String sharedWith, String mergedWith, Integer tankers) {
    }

    /** What became of the events of one ACLED file (each event counted in the file its newest version came from). */
    public record FileCounts(String file, long events, long selected, long matched, long merged, long unmatched,
            long deleted) {
    }

    /** The audit file's columns, in order. */
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "location", "selected", "reason",
            "route", "corridor", "distance_km", "shared_with", "merged_with", "tankers");

    private final JdbcTemplate jdbc;

    AcledMatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> rows() {
        return jdbc.query("""
                SELECT event_id_cnty, event_date, location, selected, reason, route, corridor, distance_km,
                       shared_with, merged_with, tankers
                FROM acled_match ORDER BY event_date, event_id_cnty""",
                (rs, i) -> new Row(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getBoolean(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, Double.class), rs.getString(9), rs.getString(10),
                        rs.getObject(11, Integer.class)));
    }

    public List<FileCounts> perFile() {
        return jdbc.query("""
                SELECT source_file, COUNT(*),
                       SUM(CASE WHEN selected AND NOT deleted THEN 1 ELSE 0 END),
                       SUM(CASE WHEN route IS NOT NULL THEN 1 ELSE 0 END),
                       SUM(CASE WHEN merged_with IS NOT NULL THEN 1 ELSE 0 END),
                       SUM(CASE WHEN selected AND NOT deleted AND route IS NULL THEN 1 ELSE 0 END),
                       SUM(CASE WHEN deleted THEN 1 ELSE 0 END)
                FROM acled_match GROUP BY source_file ORDER BY source_file""",
                (rs, i) -> new FileCounts(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7)));
    }

    /** Formats a distance as the audit file shows it. */
    public static String km(Double km) {
        return km == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", km);
    }
}
