package org.fuelwatch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text column widths of a table as schema.sql declares them, for tests that validate rows without a database
 * ({@code ColumnWidthsTests} checks that these are the widths the database reports).
 */
public final class SchemaWidths {

    private static final Pattern TABLE = Pattern.compile("CREATE TABLE IF NOT EXISTS (\\w+) \\((.*?)\\n\\);",
            Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("^\\s*(\\w+)\\s+VARCHAR\\((\\d+)\\)", Pattern.MULTILINE);

    private SchemaWidths() {
    }

    static Map<String, Integer> of(String table) {
        String schema;
        try {
            schema = Files.readString(Path.of("src/main/resources/schema.sql"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher t = TABLE.matcher(schema);
        while (t.find()) {
            if (t.group(1).equals(table)) {
                Map<String, Integer> widths = new HashMap<>();
                Matcher c = COLUMN.matcher(t.group(2));
                while (c.find()) {
                    widths.put(c.group(1).toLowerCase(Locale.ROOT), Integer.valueOf(c.group(2)));
                }
                return widths;
            }
        }
        throw new IllegalArgumentException("no table " + table + " in schema.sql");
    }

    /** The limits a step applies to rows of {@code kind} on the run date, with the default date settings. */
    public static RowLimits limits(IngestKind<?> kind, LocalDate runDate) {
        return new RowLimits(of(kind.table()), LocalDate.of(1900, 1, 1), runDate, 1);
    }
}
