package org.fuelwatch.acled;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.fuelwatch.acled.AcledMatches.Row;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL of the ACLED match: the routes and own incidents to match against, the newest stored version of each event
 * (notes only for the attack types), the changed versions, and the incidents of one match, all in the step's
 * transaction.
 */
final class AcledStore {

    private static final int BATCH = 1000;
    private static final int FETCH_SIZE = 1000;

    /** An event's newest stored version: no version of the same id is newer. */
    private static final String NEWEST = "NOT EXISTS (SELECT 1 FROM acled_event n WHERE n.event_id_cnty = "
            + "e.event_id_cnty AND n.acled_timestamp > e.acled_timestamp)";
    /** 1 when ACLED's deleted list names the event at or after this version. */
    private static final String DELETED = "CASE WHEN d.deleted_timestamp >= e.acled_timestamp THEN 1 ELSE 0 END";

    private final JdbcTemplate jdbc;
    private final long run;
    private final boolean postgres;
    private String source;
    private final List<Object[]> incidents = new ArrayList<>();
    private final Map<String, List<String>> merged = new LinkedHashMap<>();

    AcledStore(JdbcTemplate jdbc, long run, boolean postgres) {
        this.jdbc = jdbc;
        this.run = run;
        this.postgres = postgres;
    }

    /** The routes in the order of the reference file, so that at equal distance the one listed first wins. */
    List<RouteMatcher.Route> routes() {
        Map<String, RouteMatcher.Route> routes = new LinkedHashMap<>();
        jdbc.query("""
                SELECT r.route, r.corridor, w.latitude, w.longitude FROM route r JOIN waypoint w ON w.route = r.route
                ORDER BY r.source_file, r.source_line, w.seq""", rs -> {
            routes.computeIfAbsent(rs.getString(1), code -> new RouteMatcher.Route(code, safe(rs, 2), new ArrayList<>()))
                    .waypoints().add(new GeoPoint(rs.getDouble(3), rs.getDouble(4)));
        });
        return List.copyOf(routes.values());
    }

    /** Whether any ACLED event is stored, or was counted by an earlier match: else the step has nothing to do. */
    boolean anything() {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM acled_event FETCH FIRST 1 ROW ONLY) e) "
                + "+ (SELECT COUNT(*) FROM (SELECT 1 FROM acled_match FETCH FIRST 1 ROW ONLY) m) "
                + "+ (SELECT COUNT(*) FROM (SELECT 1 FROM acled_match_summary FETCH FIRST 1 ROW ONLY) s)",
                Long.class) > 0;
    }

    /** The own incidents with coordinates that an ACLED event of these days can be merged with, a day around. */
    List<IncidentMerger.OwnIncident> ownIncidents(LocalDate first, LocalDate last, int mergeDays) {
        return jdbc.query("SELECT incident_id, corridor, incident_date, latitude, longitude FROM incident "
                + "WHERE incident_date BETWEEN ? AND ? AND origin = 'own' AND latitude IS NOT NULL "
                + "AND longitude IS NOT NULL", (rs, i) -> new IncidentMerger.OwnIncident(rs.getString(1),
                        rs.getString(2), rs.getObject(3, LocalDate.class), new GeoPoint(rs.getDouble(4),
                                rs.getDouble(5))), first.minusDays(mergeDays), last.plusDays(mergeDays));
    }

    /**
     * Each event's newest version, in one pass and in no particular order (sorting would make H2 copy every row
     * into a temporary result first). Notes, the widest column, are read only for the attack types, whose notes
     * may select them.
     */
    void events(List<String> subEventTypes, List<String> excludedEventTypes, Consumer<AcledEvent> each) {
        // H2 otherwise builds the whole result before the first row, spilling it to disk past 10,000 rows; lazily it
        // hands each row over as it is read (the setting is the session's, so it is set back after)
        if (!postgres) {
            jdbc.execute("SET LAZY_QUERY_EXECUTION TRUE");
        }
        try {
            eachEvent(subEventTypes, excludedEventTypes, each);
        } finally {
            if (!postgres) {
                jdbc.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
    }

    private void eachEvent(List<String> subEventTypes, List<String> excludedEventTypes, Consumer<AcledEvent> each) {
        // PostgreSQL's driver, too, reads the whole result first unless told a fetch size (in a transaction, as here)
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH_SIZE);
        streaming.query("""
                SELECT e.event_id_cnty, e.acled_timestamp, e.event_date, e.event_type, e.sub_event_type, e.location,
                       e.latitude, e.longitude, e.geo_precision, e.fatalities, e.actor1,
                       CASE WHEN %s THEN e.notes END, e.source_file, e.source_line, e.content_hash, %s
                FROM acled_event e
                LEFT JOIN acled_deletion d ON d.event_id_cnty = e.event_id_cnty
                WHERE %s""".formatted(attackType(subEventTypes, excludedEventTypes), DELETED, NEWEST), rs -> {
            each.accept(new AcledEvent(rs.getString(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                    rs.getString(4), rs.getString(5), rs.getString(6), new GeoPoint(rs.getDouble(7), rs.getDouble(8)),
                    rs.getInt(9), rs.getObject(10, Integer.class), rs.getString(11), rs.getString(12),
                    rs.getString(13), rs.getLong(14), rs.getString(15), rs.getInt(16) == 1));
        }, params(subEventTypes, excludedEventTypes));
    }

    /**
     * Lists in changed_row each event whose newest version is newer than the one the previous match kept a row for
     * (every event of an attack type, in either version), before that match is replaced.
     */
    void listChanges() {
        List<Object[]> changes = jdbc.query("""
                SELECT e.source_file, e.source_line, e.event_id_cnty, m.acled_timestamp, e.acled_timestamp
                FROM acled_match m JOIN acled_event e ON e.event_id_cnty = m.event_id_cnty
                WHERE e.acled_timestamp > m.acled_timestamp AND %s""".formatted(NEWEST), (rs, i) -> new Object[] {
                    run, rs.getString(1), rs.getLong(2), rs.getString(3), "timestamp: " + rs.getLong(4) + " → "
                            + rs.getLong(5) + " (a newer ACLED version replaces it)"});
        jdbc.batchUpdate("DELETE FROM changed_row WHERE ingest_run = ? AND source_file = ? AND source_line = ?",
                changes.stream().map(c -> new Object[] {c[0], c[1], c[2]}).toList());
        jdbc.batchUpdate("INSERT INTO changed_row (ingest_run, source_file, source_line, row_key, changes) "
                + "VALUES (?, ?, ?, ?, ?)", changes);
    }

    /** Removes the incidents and merge references of the previous match, so that this one replaces them whole. */
    void clearIncidents() {
        jdbc.update("DELETE FROM incident WHERE origin = 'acled'");
        jdbc.update("UPDATE incident SET acled_events = NULL WHERE acled_events IS NOT NULL");
    }

    /**
     * ACLED's attribution, the source of every ACLED incident (so the briefing's sources list it once): the data is
     * as of the newest timestamp stored.
     */
    void attribution() {
        Long newest = jdbc.queryForObject("SELECT MAX(acled_timestamp) FROM acled_event", Long.class);
        source = "Armed Conflict Location & Event Data (ACLED), acleddata.com, data as of " + (newest == null ? "–"
                : java.time.Instant.ofEpochSecond(newest).atOffset(java.time.ZoneOffset.UTC).toLocalDate());
    }

    /** Stores a decided event: an incident when it counts, and the own incident it repeats when merged. */
    void record(AcledEvent e, AcledMatching.Decision decision) {
        Row r = decision.row();
        if (decision.counted()) {
            incidents.add(new Object[] {r.eventId(), r.date(), r.corridor(), r.route(),
                AcledAudit.truncate(r.location(), 200), e.place().latitude(), e.place().longitude(),
                type(e.subEventType()), r.tankers(), e.fatalities(), AcledAudit.truncate(e.actor1(), 200), source,
                "https://acleddata.com", note(e, r), e.sourceFile(), e.sourceLine(), e.contentHash(), run,
                r.tankers() != null});
            if (incidents.size() >= BATCH) {
                flush();
            }
        }
        if (r.mergedWith() != null) {
            merged.computeIfAbsent(r.mergedWith(), k -> new ArrayList<>()).add(r.eventId());
        }
    }

    /** Writes the rest of the incidents and cites merged events on own incidents. */
    void finish() {
        flush();
        // in id order, since the events are read in no order
        jdbc.batchUpdate("UPDATE incident SET acled_events = ? WHERE incident_id = ?", merged.entrySet().stream()
                .map(m -> new Object[] {AcledAudit.truncate(String.join(" ", m.getValue().stream().sorted().toList()),
                        400), m.getKey()}).toList());
    }

    private void flush() {
        if (!incidents.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO incident (incident_id, incident_date, corridor, route, location, latitude, longitude,
                        type, tankers_attacked, tankers_destroyed, fatalities, actor, source, source_url, notes,
                        source_file, source_line, content_hash, ingest_run, origin, tankers_derived)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'acled', ?)""", incidents);
            incidents.clear();
        }
    }

    private static String attackType(List<String> subEventTypes, List<String> excludedEventTypes) {
        return "LOWER(e.sub_event_type) IN (%s) AND LOWER(e.event_type) NOT IN (%s)".formatted(
                String.join(", ", Collections.nCopies(subEventTypes.size(), "?")),
                String.join(", ", Collections.nCopies(excludedEventTypes.size(), "?")));
    }

    private static Object[] params(List<String> subEventTypes, List<String> excludedEventTypes) {
        return java.util.stream.Stream.concat(subEventTypes.stream(), excludedEventTypes.stream())
                .map(t -> t.toLowerCase(Locale.ROOT)).toArray();
    }

    /** The incident type the figures and timeline know, from ACLED's sub-event type. */
    static String type(String subEventType) {
        String s = subEventType.toLowerCase(Locale.ROOT);
        if (s.startsWith("abduction")) {
            return "abduction";
        }
        if (s.equals("attack") || s.equals("armed clash")) {
            return "convoy_attack";
        }
        if (s.startsWith("remote explosive")) {
            return "ambush";
        }
        return "other";
    }

    /** A short note of our own: ACLED's notes are not reproduced. */
    private static String note(AcledEvent e, Row r) {
        return "ACLED event " + r.eventId() + " (" + e.subEventType() + "), matched to " + r.route() + " at "
                + AcledMatches.km(r.distanceKm()) + " km"
                + (r.tankers() == null ? "; no tanker count reported" : "; tanker count derived from ACLED's notes");
    }

    private static String safe(java.sql.ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
