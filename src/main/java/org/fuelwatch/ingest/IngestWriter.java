package org.fuelwatch.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes one chunk of validated rows in one transaction: rejected rows to rejected_row; each good row, by its key,
 * as new, an unchanged repeat (counted, not stored again), a change since an earlier run (updated and reported in
 * changed_row), or a second row of the same key with other content in this run (rejected, naming both places).
 * Only keys the table may hold ({@link IngestItem#mayBeStored}) are looked up; a new key is a plain INSERT (or COPY on
 * PostgreSQL). Per-file counts go in the same transaction, and past the skip limit the run stops.
 */
class IngestWriter<T extends Record> implements ItemWriter<IngestItem<T>>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(IngestWriter.class);

    /** What the database holds for a key. */
    private record Stored(String hash, long run, String file, long line) {
    }

    private final KindTable<T> table;
    private final JdbcTemplate jdbc;
    private final IngestFiles files;
    private final long skipLimit;
    private final PostgresCopy copy;
    private long run;
    private long rowsThisStep;
    private long startedNanos;

    /** With {@code copy} set (PostgreSQL), new rows are stored with COPY instead of batched INSERTs. */
    IngestWriter(KindTable<T> table, JdbcTemplate jdbc, IngestFiles files, long skipLimit, PostgresCopy copy) {
        this.table = table;
        this.jdbc = jdbc;
        this.files = files;
        this.skipLimit = skipLimit;
        this.copy = copy;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        run = stepExecution.getJobExecution().getJobInstance().getInstanceId();
        rowsThisStep = 0;
        startedNanos = System.nanoTime();
    }

    @Override
    public void write(Chunk<? extends IngestItem<T>> chunk) {
        Map<String, Counter> counts = new LinkedHashMap<>();
        List<IngestItem<T>> accepted = new ArrayList<>();
        for (IngestItem<T> item : chunk) {
            Counter counter = counts.computeIfAbsent(item.line().file(), Counter::new);
            counter.read++;
            if (item.isRejected()) {
                reject(item.rejection(), counter);
            } else {
                accepted.add(item);
            }
        }
        Map<String, Stored> stored = stored(accepted.stream().filter(IngestItem::mayBeStored).toList());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> upserts = new ArrayList<>();
        List<Object[]> touches = new ArrayList<>();
        for (IngestItem<T> item : accepted) {
            Counter counter = counts.get(item.line().file());
            String key = item.keyText();
            Stored before = stored.get(key);
            Stored now = new Stored(item.hash(), run, item.line().file(), item.line().line());
            if (before == null) {
                counter.added++;
                inserts.add(storedValues(item));
                stored.put(key, now);
            } else if (before.run() == run && !before.hash().equals(item.hash())) {
                reject(new RejectedRowException(item.line(), String.join("+", table.kind().key()), key,
                        "%s %s appears again with different content; the first is kept (%s line %d), this later row is rejected"
                                .formatted(String.join("+", table.kind().key()), key, before.file(), before.line())),
                        counter);
            } else if (before.hash().equals(item.hash())) {
                counter.duplicates++;
                if (before.run() != run) {
                    touches.add(touchValues(item));
                    stored.put(key, now);
                }
            } else {
                counter.updated++;
                recordChange(item, key, before);
                upserts.add(storedValues(item));
                stored.put(key, now);
            }
        }
        if (!inserts.isEmpty() && copy != null) {
            copy.copy(jdbc, inserts);
        } else if (!inserts.isEmpty()) {
            jdbc.batchUpdate(table.insert(), table.binder(inserts));
        }
        if (!upserts.isEmpty()) {
            jdbc.batchUpdate(table.upsert(), table.binder(upserts));
        }
        if (!touches.isEmpty()) {
            jdbc.batchUpdate(table.touch(), touches);
        }
        counts.values().forEach(c -> files.add(run, c.toCounts(table.kind().name())));
        // the total was within the limit after the last chunk, so only a chunk with rejects can take it past
        if (counts.values().stream().anyMatch(c -> c.rejected > 0)) {
            checkSkipLimit(counts.keySet());
        }
        logProgress(chunk.size());
    }

    /** A line every 100,000 rows, so that a long ingest shows it is moving and how fast. */
    private void logProgress(int rows) {
        long before = rowsThisStep;
        rowsThisStep += rows;
        if (rowsThisStep / 100_000 > before / 100_000) {
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            log.info("{}: {} rows read, {} rows/s", table.kind().name().toLowerCase(),
                    String.format("%,d", rowsThisStep), String.format("%,.0f", rowsThisStep / seconds));
        }
    }

    private Map<String, Stored> stored(List<IngestItem<T>> items) {
        Map<String, Stored> stored = new HashMap<>();
        if (items.isEmpty()) {
            return stored;
        }
        List<Object> params = new ArrayList<>();
        Map<String, Object[]> distinct = new LinkedHashMap<>();
        items.forEach(i -> distinct.putIfAbsent(i.keyText(), i.key()));
        distinct.values().forEach(k -> params.addAll(List.of(k)));
        int keys = table.kind().key().size();
        jdbc.query(table.existing(distinct.size()), rs -> {
            Object[] key = new Object[keys];
            for (int i = 0; i < keys; i++) {
                key[i] = rs.getObject(i + 1, table.keyType(i));
            }
            stored.put(KindTable.key(key), new Stored(rs.getString(keys + 1), rs.getLong(keys + 2),
                    rs.getString(keys + 3), rs.getLong(keys + 4)));
        }, params.toArray());
        return stored;
    }

    /** The parameters of {@link KindTable#insert} and {@link KindTable#upsert}. */
    private Object[] storedValues(IngestItem<T> item) {
        Object[] values = item.values();
        Object[] all = java.util.Arrays.copyOf(values, values.length + 2);
        all[values.length] = item.hash();
        all[values.length + 1] = run;
        return all;
    }

    private Object[] touchValues(IngestItem<T> item) {
        Object[] key = item.key();
        Object[] all = new Object[key.length + 3];
        all[0] = run;
        all[1] = item.line().file();
        all[2] = item.line().line();
        System.arraycopy(key, 0, all, 3, key.length);
        return all;
    }

    /** Names each column whose value differs from the stored row, old → new. */
    private void recordChange(IngestItem<T> item, String key, Stored before) {
        Object[] now = item.values();
        Map<String, Object> old = jdbc.queryForMap(table.storedRow(), item.key());
        List<String> changes = new ArrayList<>();
        List<String> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (!table.isContent(i)) {
                continue;
            }
            String was = normalise(old.get(columns.get(i)));
            String is = normalise(now[i]);
            if (!Objects.equals(was, is)) {
                changes.add(columns.get(i) + ": " + (was == null ? "(empty)" : was) + " → " + (is == null ? "(empty)" : is));
            }
        }
        String text = String.join("; ", changes) + " (was " + before.file() + " line " + before.line() + ")";
        log.info("{} {} changed at {} line {}: {}", table.kind().name(), key, item.line().file(), item.line().line(),
                text);
        jdbc.update("INSERT INTO changed_row (ingest_run, source_file, source_line, row_key, changes) VALUES (?, ?, ?, ?, ?)",
                run, item.line().file(), item.line().line(), key, truncate(text, 4000));
    }

    private static String normalise(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
        }
        return value.toString();
    }

    private void reject(RejectedRowException r, Counter counter) {
        counter.rejected++;
        if (r.row().line() == 0) {
            counter.problem = r.reason();
        }
        log.warn("rejected {} line {}, column {}: {}", r.row().file(), r.row().line(), r.column(), r.reason());
        jdbc.update("INSERT INTO rejected_row (ingest_run, source_file, source_line, column_name, bad_value, reason, "
                + "raw_line) VALUES (?, ?, ?, ?, ?, ?, ?)", run, r.row().file(), r.row().line(), r.column(),
                truncate(r.value(), 1000), truncate(r.reason(), 1000), truncate(r.row().raw(), 8000));
    }

    private void checkSkipLimit(java.util.Set<String> chunkFiles) {
        long rejected = files.rejected(run, table.kind().name());
        if (rejected <= skipLimit) {
            return;
        }
        List<String> reasons = jdbc.query("SELECT source_file, source_line, column_name, reason FROM rejected_row "
                + "WHERE ingest_run = ? AND source_file IN (" + String.join(", ", chunkFiles.stream().map(f -> "?").toList())
                + ") ORDER BY source_file, source_line", (rs, i) -> rs.getString(1) + " line " + rs.getLong(2) + ", "
                        + rs.getString(3) + ": " + rs.getString(4),
                java.util.stream.Stream.concat(java.util.stream.Stream.of(run), chunkFiles.stream()).toArray());
        throw new TooManyRejectsException("%d rejected %s rows, more than the skip limit of %d (fuelwatch.ingest.skip-limit); stopped in %s. First reasons: %s"
                .formatted(rejected, table.kind().name().toLowerCase(), skipLimit, String.join(", ", chunkFiles),
                        String.join("; ", reasons.subList(0, Math.min(5, reasons.size())))));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** Counts of one file within one chunk. */
    private static final class Counter {
        final String file;
        long read;
        long added;
        long updated;
        long duplicates;
        long rejected;
        String problem;

        Counter(String file) {
            this.file = file;
        }

        IngestFiles.FileCounts toCounts(String kind) {
            return new IngestFiles.FileCounts(kind, file, read, added, updated, duplicates, rejected, problem);
        }
    }
}
