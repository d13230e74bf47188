package org.fuelwatch.acled;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import org.fuelwatch.acled.AcledMatches.Row;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL of the ACLED match: the routes and own incidents to match against, the newest stored version of each event
 * (notes only for those whose type may select them), and the writes of one match, all in the step's transaction.
 */
final class AcledStore {

    private static final int BATCH = 1000;

    private static final String MATCH_COLUMNS = "event_id_cnty, acled_timestamp, event_date, location, source_file, "
            + "deleted, selected, reason, route, corridor, distance_km, shared_with, merged_with, tankers, match_run";

    private final JdbcTemplate jdbc;
    private final long run;
    private final String upsertMatch;
    private String source;
    private final List<Object[]> audit = new ArrayList<>();
    private final Map<String, List<String>> merged = new LinkedHashMap<>();

    AcledStore(JdbcTemplate jdbc, long run, boolean postgres) {
        this.jdbc = jdbc;
        this.run = run;
        String marks = String.join(", ", java.util.Collections.nCopies(15, "?"));
        this.upsertMatch = postgres
                ? "INSERT INTO acled_match (" + MATCH_COLUMNS + ") VALUES (" + marks + ") ON CONFLICT (event_id_cnty) "
                        + "DO UPDATE SET " + java.util.Arrays.stream(MATCH_COLUMNS.split(", ")).skip(1)
                                .map(c -> c + " = EXCLUDED." + c).collect(java.util.stream.Collectors.joining(", "))
                : "MERGE INTO acled_match (" + MATCH_COLUMNS + ") KEY (event_id_cnty) VALUES (" + marks + ")";
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
                + "+ (SELECT COUNT(*) FROM (SELECT 1 FROM acled_match FETCH FIRST 1 ROW ONLY) m)", Long.class) > 0;
    }

    /** The own incidents with coordinates that an ACLED event can be merged with: those in its days, a day around. */
    List<IncidentMerger.OwnIncident> ownIncidents(int mergeDays) {
        LocalDate first = jdbc.queryForObject("SELECT MIN(event_date) FROM acled_event", LocalDate.class);
        LocalDate last = jdbc.queryForObject("SELECT MAX(event_date) FROM acled_event", LocalDate.class);
        if (first == null) {
            return List.of();
        }
        return jdbc.query("SELECT incident_id, corridor, incident_date, latitude, longitude FROM incident "
                + "WHERE incident_date BETWEEN ? AND ? AND origin = 'own' AND latitude IS NOT NULL "
                + "AND longitude IS NOT NULL", (rs, i) -> new IncidentMerger.OwnIncident(rs.getString(1),
                        rs.getString(2), rs.getObject(3, LocalDate.class), new GeoPoint(rs.getDouble(4),
                                rs.getDouble(5))), first.minusDays(mergeDays), last.plusDays(mergeDays));
    }

    /**
     * Each event's newest version, in id order, with the timestamp the previous match saw (null if none). Notes, the
     * widest column, are read only for the sub-event types that may be selected.
     */
    void events(List<String> subEventTypes, List<String> excludedEventTypes, BiConsumer<AcledEvent, Long> each) {
        String types = String.join(", ", subEventTypes.stream().map(t -> "?").toList());
        String excluded = String.join(", ", excludedEventTypes.stream().map(t -> "?").toList());
        List<Object> params = new ArrayList<>();
        subEventTypes.forEach(t -> params.add(t.toLowerCase(Locale.ROOT)));
        excludedEventTypes.forEach(t -> params.add(t.toLowerCase(Locale.ROOT)));
        jdbc.query("""
                SELECT e.event_id_cnty, e.acled_timestamp, e.event_date, e.event_type, e.sub_event_type, e.location,
                       e.latitude, e.longitude, e.geo_precision, e.fatalities, e.actor1,
                       CASE WHEN LOWER(e.sub_event_type) IN (%s) AND LOWER(e.event_type) NOT IN (%s) THEN e.notes END,
                       e.source_file, e.source_line, e.content_hash,
                       CASE WHEN d.deleted_timestamp >= e.acled_timestamp THEN 1 ELSE 0 END, m.acled_timestamp
                FROM acled_event e
                LEFT JOIN acled_deletion d ON d.event_id_cnty = e.event_id_cnty
                LEFT JOIN acled_match m ON m.event_id_cnty = e.event_id_cnty
                WHERE NOT EXISTS (SELECT 1 FROM acled_event n WHERE n.event_id_cnty = e.event_id_cnty
                                  AND n.acled_timestamp > e.acled_timestamp)
                ORDER BY e.event_id_cnty""".formatted(types, excluded), rs -> {
            AcledEvent event = new AcledEvent(rs.getString(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                    rs.getString(4), rs.getString(5), rs.getString(6), new GeoPoint(rs.getDouble(7), rs.getDouble(8)),
                    rs.getInt(9), rs.getObject(10, Integer.class), rs.getString(11), rs.getString(12),
                    rs.getString(13), rs.getLong(14), rs.getString(15), rs.getInt(16) == 1);
            each.accept(event, rs.getObject(17, Long.class));
        }, params.toArray());
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

    void record(AcledEvent e, AcledMatching.Decision decision, Long previousTimestamp) {
        Row r = decision.row();
        audit.add(new Object[] {r.eventId(), e.timestamp(), r.date(), r.location(), e.sourceFile(), e.deleted(),
            r.selected(), truncate(r.reason(), 400), r.route(), r.corridor(), r.distanceKm(),
            truncate(r.sharedWith(), 200), r.mergedWith(), r.tankers(), run});
        if (audit.size() >= BATCH) {
            flush();
        }
        if (decision.counted()) {
            jdbc.update("""
                    INSERT INTO incident (incident_id, incident_date, corridor, route, location, latitude, longitude,
                        type, tankers_attacked, tankers_destroyed, fatalities, actor, source, source_url, notes,
                        source_file, source_line, content_hash, ingest_run, origin, tankers_derived)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'acled', ?)""",
                    r.eventId(), r.date(), r.corridor(), r.route(), truncate(r.location(), 200),
                    e.place().latitude(), e.place().longitude(), type(e.subEventType()), r.tankers(), e.fatalities(),
                    truncate(e.actor1(), 200), source, "https://acleddata.com",
                    note(e, r), e.sourceFile(), e.sourceLine(), e.contentHash(), run, r.tankers() != null);
        }
        if (r.mergedWith() != null) {
            merged.computeIfAbsent(r.mergedWith(), k -> new ArrayList<>()).add(r.eventId());
        }
        if (previousTimestamp != null && previousTimestamp < e.timestamp()) {
            jdbc.update("DELETE FROM changed_row WHERE ingest_run = ? AND source_file = ? AND source_line = ?", run,
                    e.sourceFile(), e.sourceLine());
            jdbc.update("INSERT INTO changed_row (ingest_run, source_file, source_line, row_key, changes) "
                    + "VALUES (?, ?, ?, ?, ?)", run, e.sourceFile(), e.sourceLine(), e.eventId(),
                    "timestamp: " + previousTimestamp + " → " + e.timestamp() + " (a newer ACLED version replaces it)");
        }
    }

    /** Writes the rest of the audit, drops the events no longer stored and cites merged events on own incidents. */
    void finish() {
        flush();
        jdbc.update("DELETE FROM acled_match WHERE match_run <> ?", run);
        merged.forEach((own, events) -> jdbc.update("UPDATE incident SET acled_events = ? WHERE incident_id = ?",
                truncate(String.join(" ", events), 400), own));
    }

    private void flush() {
        if (audit.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(upsertMatch, audit);
        audit.clear();
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

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
