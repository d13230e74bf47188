package org.fuelwatch.ingest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which lines of a one-file incident input are stored, read row by row (not H2's row count): the lines missing and the
 * lines stored twice, at most {@link #SHOWN} of each, so that a failed restart test says which rows it lost.
 *
 * @param missing      the first missing lines (the header is line 1, rows are lines 2 to rows + 1)
 * @param missingCount how many lines are missing in all
 * @param doubled      the first lines stored more than once
 */
record StoredLines(List<Long> missing, long missingCount, List<Long> doubled) {

    static final int SHOWN = 20;

    static StoredLines read(Path data, long rows) throws SQLException {
        BitSet seen = new BitSet();
        List<Long> doubled = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("fuelwatch"), "sa", "");
                ResultSet rs = c.createStatement().executeQuery("SELECT source_line FROM incident")) {
            while (rs.next()) {
                int line = Math.toIntExact(rs.getLong(1));
                if (seen.get(line) && doubled.size() < SHOWN) {
                    doubled.add((long) line);
                }
                seen.set(line);
            }
        }
        List<Long> missing = new ArrayList<>();
        long missingCount = 0;
        for (int line = 2; line <= rows + 1; line++) {
            if (!seen.get(line)) {
                missingCount++;
                if (missing.size() < SHOWN) {
                    missing.add((long) line);
                }
            }
        }
        return new StoredLines(missing, missingCount, doubled);
    }
}
