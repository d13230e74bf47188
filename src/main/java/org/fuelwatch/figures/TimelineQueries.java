package org.fuelwatch.figures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.fuelwatch.figures.Figures.ProfileEntry;
import org.fuelwatch.figures.Figures.TimelineEntry;
import org.fuelwatch.figures.SourceCatalogue.Citation;
import org.fuelwatch.figures.SourceCatalogue.Cited;
import org.fuelwatch.system.FuelWatchProperties;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The briefing's dated lists, each capped by configuration or by the events file, never by the incidents: the
 * timeline (events and the most destructive incidents), the most recent incidents and the commander's career. Each
 * row comes with the source it cites, numbered once all lists are read.
 */
final class TimelineQueries {

    private final JdbcTemplate jdbc;
    private final FuelWatchProperties.Figures settings;

    TimelineQueries(JdbcTemplate jdbc, FuelWatchProperties.Figures settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * Events since the baseline began and the most destructive incidents in the same days, in date order. The
     * incidents are those destroying at least as many tankers as the n-th most destructive ({@link #threshold}),
     * read from the top of {@code incident_severity_idx}, so that only the few rows shown are read however many
     * incidents the days hold.
     */
    List<Cited<TimelineEntry>> timeline(LocalDate asOf) {
        int threshold = threshold(asOf);
        return jdbc.query("""
                SELECT d, end_d, kind, category, title, detail, corridor, destroyed, marker, source, source_url,
                       acled
                FROM (SELECT event_date AS d, end_date AS end_d, 'event' AS kind, category, title,
                             description AS detail, CAST(NULL AS VARCHAR(16)) AS corridor,
                             CAST(NULL AS INTEGER) AS destroyed, marker, source, source_url, event_id AS id,
                             CAST(NULL AS VARCHAR(400)) AS acled
                      FROM timeline_event WHERE event_date BETWEEN ? AND ? AND category <> 'biography'
                      UNION ALL
                      SELECT * FROM (SELECT * FROM (
                          SELECT incident_date, CAST(NULL AS DATE) AS end_d, 'incident' AS kind, type, location,
                                 notes, corridor, tankers_destroyed, CAST(NULL AS VARCHAR(40)) AS marker, source,
                                 source_url, incident_id, acled_events
                          -- the date inside COALESCE: so that the optimiser walks the severity index from the
                          -- top (about n entries) rather than every incident of the days in the date index
                          FROM incident
                          WHERE tankers_destroyed >= ? AND COALESCE(incident_date, incident_date) BETWEEN ? AND ?
                          ORDER BY tankers_destroyed DESC, incident_date DESC
                          FETCH FIRST %d ROWS WITH TIES) AS tied
                      ORDER BY tankers_destroyed DESC, incident_date DESC, incident_id
                      FETCH FIRST %d ROWS ONLY) AS worst) AS t
                ORDER BY d, kind, id""".formatted(settings.timelineIncidents(), settings.timelineIncidents()),
                (rs, i) -> new Cited<>(new TimelineEntry(rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), (Integer) rs.getObject(8), rs.getString(9), null,
                        rs.getString(12)), citation(rs, 10, 11, 1)),
                settings.baselineStart(), asOf, threshold, settings.baselineStart(), asOf);
    }

    /**
     * The tankers destroyed by the n-th most destructive incident of the timeline's days, or 0 when there are fewer:
     * read alone (H2 plans it on the severity index, about n entries; inside the timeline's query it sorted every
     * incident of the days), with the order of that index.
     */
    int threshold(LocalDate asOf) {
        return jdbc.query("""
                SELECT tankers_destroyed FROM incident
                WHERE incident_date BETWEEN ? AND ? AND tankers_destroyed >= 0
                ORDER BY tankers_destroyed DESC, incident_date DESC
                OFFSET %d ROWS FETCH NEXT 1 ROW ONLY""".formatted(settings.timelineIncidents() - 1),
                (rs, i) -> rs.getInt(1), settings.baselineStart(), asOf).stream().findFirst().orElse(0);
    }

    /** The latest incidents up to the as-of date, newest first. */
    List<Cited<TimelineEntry>> recentIncidents(LocalDate asOf) {
        return jdbc.query("""
                SELECT * FROM (
                    SELECT incident_date, type, location, notes, corridor, tankers_destroyed, source, source_url,
                           incident_id, acled_events
                    FROM incident WHERE incident_date <= ?
                    ORDER BY incident_date DESC FETCH FIRST %d ROWS WITH TIES) AS recent
                ORDER BY incident_date DESC, incident_id DESC FETCH FIRST %d ROWS ONLY"""
                .formatted(settings.recentIncidents(), settings.recentIncidents()),
                (rs, i) -> new Cited<>(new TimelineEntry(rs.getObject(1, LocalDate.class), null, "incident",
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        (Integer) rs.getObject(6), null, null, rs.getString(10)), citation(rs, 7, 8, 1)), asOf);
    }

    /** A person's dated career up to the as-of date, from the events data. */
    List<Cited<ProfileEntry>> career(String person, LocalDate asOf) {
        return jdbc.query("""
                SELECT event_date, end_date, category, title, description, location, source, source_url
                FROM timeline_event WHERE person = ? AND event_date <= ?
                ORDER BY event_date, event_id""",
                (rs, i) -> new Cited<>(new ProfileEntry(rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), null), citation(rs, 7, 8, 1)),
                person, asOf);
    }

    /** The source and its link in columns {@code source} and {@code url}, cited on the date in column {@code date}. */
    static Citation citation(ResultSet rs, int source, int url, int date) throws SQLException {
        return new Citation(rs.getString(source), rs.getString(url), rs.getObject(date, LocalDate.class));
    }
}
