package org.fuelwatch.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The width of each text column of a table, read from the database's own catalogue: schema.sql is the one place a
 * width is declared, and validation takes it from there, so that no valid row can be too wide for its column.
 */
final class ColumnWidths {

    private ColumnWidths() {
    }

    /** Column name (lower case) to its {@code VARCHAR(n)} width, for the table in the current schema. */
    static Map<String, Integer> of(JdbcTemplate jdbc, String table) {
        Map<String, Integer> widths = new HashMap<>();
        jdbc.query("SELECT column_name, character_maximum_length FROM information_schema.columns "
                + "WHERE LOWER(table_name) = ? AND table_schema = CURRENT_SCHEMA "
                + "AND character_maximum_length IS NOT NULL", rs -> {
                    widths.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getInt(2));
                }, table.toLowerCase(Locale.ROOT));
        if (widths.isEmpty()) {
            throw new IllegalStateException("no text columns found for table " + table + " in the database");
        }
        return widths;
    }
}
