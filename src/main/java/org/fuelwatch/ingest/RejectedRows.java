package org.fuelwatch.ingest;

import java.util.List;

import org.fuelwatch.system.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rejected_row table: every rejected row with its place, column, value and reason. Keyed by file and line, so
 * that a restarted chunk records a row once. The publish step writes it out as the rejects CSV.
 */
@Component
public class RejectedRows implements SkipListener<CsvLine, Object> {

    private static final Logger log = LoggerFactory.getLogger(RejectedRows.class);

    /** A rejected row as the rejects file shows it. */
    public record Rejected(String file, long line, String column, String value, String reason, String raw) {
    }

    private final JdbcTemplate jdbc;
    private final String upsert;

    RejectedRows(JdbcTemplate jdbc, Database database) {
        this.jdbc = jdbc;
        this.upsert = database.postgres()
                ? "INSERT INTO rejected_row (source_file, source_line, column_name, bad_value, reason, raw_line) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source_file, source_line) DO UPDATE SET "
                        + "column_name = EXCLUDED.column_name, bad_value = EXCLUDED.bad_value, "
                        + "reason = EXCLUDED.reason, raw_line = EXCLUDED.raw_line"
                : "MERGE INTO rejected_row (source_file, source_line, column_name, bad_value, reason, raw_line) "
                        + "KEY (source_file, source_line) VALUES (?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void onSkipInProcess(CsvLine item, Throwable t) {
        if (t instanceof RejectedRowException rejected) {
            record(rejected);
        }
    }

    void record(RejectedRowException r) {
        log.warn("rejected {} line {}, column {}: {}", r.row().file(), r.row().line(), r.column(), r.reason());
        jdbc.update(upsert, r.row().file(), r.row().line(), r.column(), truncate(r.value(), 1000), r.reason(),
                truncate(r.row().raw(), 8000));
    }

    /** Forgets the rejects of earlier runs of these files: they are being read again. */
    void forget(List<String> files) {
        for (String file : files) {
            jdbc.update("DELETE FROM rejected_row WHERE source_file = ?", file);
        }
    }

    public List<Rejected> all() {
        return jdbc.query("SELECT source_file, source_line, column_name, bad_value, reason, raw_line FROM rejected_row "
                + "ORDER BY source_file, source_line", (rs, i) -> new Rejected(rs.getString(1), rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
