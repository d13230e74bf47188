package org.fuelwatch.ingest;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Per input file and run: rows read, new, updated, duplicates and rejected (the ingest_file table). The writer adds to
 * these counts in each chunk's transaction, so a restarted run counts every row exactly once.
 */
@Component
public class IngestFiles {

    /** What happened to the rows of one file in one run; {@code problem} is set when the file was not usable. */
    public record FileCounts(String kind, String file, long read, long added, long updated, long duplicates,
            long rejected, String problem) {

        /** Rows of this file now in the database: new, updated and unchanged repeats of stored rows. */
        public long ingested() {
            return added + updated + duplicates;
        }
    }

    private final JdbcTemplate jdbc;

    IngestFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<FileCounts> forRun(long run) {
        return jdbc.query("SELECT kind, source_file, rows_read, rows_new, rows_updated, rows_duplicate, rows_rejected, "
                + "problem FROM ingest_file WHERE ingest_run = ? ORDER BY source_file", (rs, i) -> new FileCounts(
                        rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        rs.getLong(7), rs.getString(8)), run);
    }

    void add(long run, FileCounts delta) {
        int updated = jdbc.update("UPDATE ingest_file SET rows_read = rows_read + ?, rows_new = rows_new + ?, "
                + "rows_updated = rows_updated + ?, rows_duplicate = rows_duplicate + ?, "
                + "rows_rejected = rows_rejected + ?, problem = COALESCE(?, problem) "
                + "WHERE ingest_run = ? AND source_file = ?", delta.read(), delta.added(), delta.updated(),
                delta.duplicates(), delta.rejected(), delta.problem(), run, delta.file());
        if (updated == 0) {
            jdbc.update("INSERT INTO ingest_file (ingest_run, kind, source_file, rows_read, rows_new, rows_updated, "
                    + "rows_duplicate, rows_rejected, problem) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", run, delta.kind(),
                    delta.file(), delta.read(), delta.added(), delta.updated(), delta.duplicates(), delta.rejected(),
                    delta.problem());
        }
    }

    long rejected(long run, String kind) {
        Long total = jdbc.queryForObject("SELECT SUM(rows_rejected) FROM ingest_file WHERE ingest_run = ? AND kind = ?",
                Long.class, run, kind);
        return total == null ? 0 : total;
    }
}
