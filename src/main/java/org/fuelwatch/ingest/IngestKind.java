package org.fuelwatch.ingest;

import java.util.List;

/**
 * One kind of input file: where its files are, which columns it has, how a row is validated and where it is stored.
 *
 * @param name     short name, used for the step ("ingest" + name + "Step") and in messages
 * @param pattern  files of this kind, relative to the input folder (a Spring resource pattern)
 * @param columns  every column this kind knows, in documented order
 * @param required the columns a file must have in its header
 * @param table    the table rows are stored in
 * @param key      the columns of the table's natural key
 * @param rowType  the record a row becomes; its components name the table's columns
 * @param parser   validates a row and turns it into the record
 * @param excluded file names starting with this are another kind's, though the pattern matches them; null for none
 */
record IngestKind<T extends Record>(String name, String pattern, List<String> columns, List<String> required,
        String table, List<String> key, Class<T> rowType, RowParser<T> parser, String excluded) {

    public IngestKind(String name, String pattern, List<String> columns, List<String> required, String table,
            List<String> key, Class<T> rowType, RowParser<T> parser) {
        this(name, pattern, columns, required, table, key, rowType, parser, null);
    }

    /** Validates one row; throws {@link RejectedRowException} when the row is bad. */
    @FunctionalInterface
    public interface RowParser<T> {
        T parse(RowFields fields, ReferenceCodes refs);
    }

    public static final IngestKind<CorridorRow> CORRIDORS = new IngestKind<>("Corridors", "reference/corridors*.csv",
            List.of(CorridorRow.COLUMNS), List.of(CorridorRow.REQUIRED), "corridor", List.of("corridor"),
            CorridorRow.class, CorridorRow::parse);

    public static final IngestKind<RouteRow> ROUTES = new IngestKind<>("Routes", "reference/routes*.csv",
            List.of(RouteRow.COLUMNS), List.of(RouteRow.REQUIRED), "route", List.of("route"),
            RouteRow.class, RouteRow::parse);

    public static final IngestKind<WaypointRow> WAYPOINTS = new IngestKind<>("Waypoints", "reference/waypoints*.csv",
            List.of(WaypointRow.COLUMNS), List.of(WaypointRow.REQUIRED), "waypoint", List.of("route", "seq"),
            WaypointRow.class, WaypointRow::parse);

    public static final IngestKind<OutlinePointRow> OUTLINES = new IngestKind<>("Outlines", "reference/outlines*.csv",
            List.of(OutlinePointRow.COLUMNS), List.of(OutlinePointRow.REQUIRED), "outline_point",
            List.of("country", "seq"), OutlinePointRow.class, OutlinePointRow::parse);

    public static final IngestKind<IncidentRow> INCIDENTS = new IngestKind<>("Incidents", "incidents/*.csv",
            List.of(IncidentRow.COLUMNS), List.of(IncidentRow.REQUIRED), "incident", List.of("incident_id"),
            IncidentRow.class, IncidentRow::parse);

    public static final IngestKind<SupplyRow> SUPPLY = new IngestKind<>("Supply", "supply/*.csv",
            List.of(SupplyRow.COLUMNS), List.of(SupplyRow.REQUIRED), "supply", List.of("supply_date", "route"),
            SupplyRow.class, SupplyRow::parse);

    public static final IngestKind<EventRow> EVENTS = new IngestKind<>("Events", "events/*.csv",
            List.of(EventRow.COLUMNS), List.of(EventRow.REQUIRED), "timeline_event", List.of("event_id"),
            EventRow.class, EventRow::parse);

    public static final IngestKind<ClaimRow> CLAIMS = new IngestKind<>("Claims", "claims/*.csv",
            List.of(ClaimRow.COLUMNS), List.of(ClaimRow.REQUIRED), "claim", List.of("claim_id"),
            ClaimRow.class, ClaimRow::parse);

    /** ACLED export files; its lists of deleted events sit in the same folder and are the next kind. */
    public static final IngestKind<AcledEventRow> ACLED_EVENTS = new IngestKind<>("AcledEvents", "acled/*.csv",
            List.of(AcledEventRow.COLUMNS), List.of(AcledEventRow.REQUIRED), "acled_event",
            List.of("event_id_cnty", "acled_timestamp"), AcledEventRow.class, AcledEventRow::parse, "deleted");

    public static final IngestKind<AcledDeletionRow> ACLED_DELETIONS = new IngestKind<>("AcledDeletions",
            "acled/deleted*.csv", List.of(AcledDeletionRow.COLUMNS), List.of(AcledDeletionRow.REQUIRED),
            "acled_deletion", List.of("event_id_cnty"), AcledDeletionRow.class, AcledDeletionRow::parse);

    /** In the order they are ingested: reference data first, since the others are checked against it. */
    public static final List<IngestKind<?>> ALL = List.of(CORRIDORS, ROUTES, WAYPOINTS, OUTLINES, INCIDENTS, SUPPLY,
            EVENTS, CLAIMS, ACLED_EVENTS, ACLED_DELETIONS);

    /** Whether a file the pattern matches is of this kind. */
    public boolean includes(String fileName) {
        return excluded == null || fileName == null || !fileName.startsWith(excluded);
    }

    public String stepName() {
        return "ingest" + name + "Step";
    }
}
