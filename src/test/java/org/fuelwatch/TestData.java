package org.fuelwatch;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Test database housekeeping. */
public final class TestData {

    private static final List<String> TABLES = List.of("incident", "supply", "timeline_event", "claim", "waypoint",
            "outline_point", "route", "corridor", "ingest_file", "rejected_row", "changed_row", "delivery",
            "acled_event", "acled_deletion", "acled_match", "acled_match_summary");

    private TestData() {
    }

    /** Empties FuelWatch's data tables, so that a test starts from a database that has seen no input. */
    public static void wipe(JdbcTemplate jdbc) {
        TABLES.forEach(t -> jdbc.update("DELETE FROM " + t));
    }
}
