package org.fuelwatch.ingest;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows each run rejected (rejected_row) and the rows it found changed (changed_row). Both are written by the
 * ingest writer in the chunk's transaction; the publish step writes them out as CSV files. Values are cut to the
 * columns' widths, so that no rejection can itself fail to be stored.
 */
@Component
public class RejectedRows {

    private static final Logger log = LoggerFactory.getLogger(RejectedRows.class);

    /** A rejected row as the rejects file shows it; line 0 means the whole file. */
    public record Rejected(String file, long line, String column, String value, String reason, String raw) {
    }

    /** A row whose content changed since an earlier run. */
    public record Changed(String file, long line, String key, String changes) {
    }

    private final JdbcTemplate jdbc;

    RejectedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a rejected row (line 0: a whole file) in the current transaction, and logs it. */
    void add(long run, RejectedRowException r) {
        log.warn("rejected {} line {}, column {}: {}", r.row().file(), r.row().line(), r.column(), r.reason());
        jdbc.update("INSERT INTO rejected_row (ingest_run, source_file, source_line, column_name, bad_value, reason, "
                + "raw_line) VALUES (?, ?, ?, ?, ?, ?, ?)", run, r.row().file(), r.row().line(), r.column(),
                truncate(r.value(), 1000), truncate(r.reason(), 1000), truncate(r.row().raw(), 8000));
    }

    /** Records a row whose content changed since an earlier run, in the current transaction, and logs it. */
    void addChange(long run, String kind, CsvLine at, String key, String changes) {
        log.info("{} {} changed at {} line {}: {}", kind, key, at.file(), at.line(), changes);
        jdbc.update("INSERT INTO changed_row (ingest_run, source_file, source_line, row_key, changes) VALUES (?, ?, ?, ?, ?)",
                run, at.file(), at.line(), truncate(key, 200), truncate(changes, 4000));
    }

    public List<Rejected> rejected(long run) {
        return jdbc.query("SELECT source_file, source_line, column_name, bad_value, reason, raw_line FROM rejected_row "
                + "WHERE ingest_run = ? ORDER BY source_file, source_line", (rs, i) -> new Rejected(rs.getString(1),
                        rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)), run);
    }

    public List<Changed> changed(long run) {
        return jdbc.query("SELECT source_file, source_line, row_key, changes FROM changed_row WHERE ingest_run = ? "
                + "ORDER BY source_file, source_line", (rs, i) -> new Changed(rs.getString(1), rs.getLong(2),
                        rs.getString(3), rs.getString(4)), run);
    }

    /** The first rejections among these files, for the message that stops a run past the skip limit. */
    List<Rejected> first(long run, java.util.Collection<String> files, int limit) {
        return rejected(run).stream().filter(r -> files.contains(r.file())).limit(limit).toList();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
