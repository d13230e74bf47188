package org.fuelwatch.ingest;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL text of one kind's table: insert, upsert (H2's MERGE or PostgreSQL's ON CONFLICT), the touch of an
 * unchanged row, and the lookups by key. Parameters of {@link #insert} and {@link #upsert} are the stored columns in
 * order: the row's columns, the content hash and the run.
 */
record KindSql(String table, List<String> key, List<String> storedColumns, boolean postgres) {

    /** Insert of a key not stored yet. */
    String insert() {
        return "INSERT INTO %s (%s) VALUES (%s)".formatted(table, String.join(", ", storedColumns), marks());
    }

    /** Insert-or-update by key, for a changed row; parameters as for {@link #insert}. */
    String upsert() {
        String cols = String.join(", ", storedColumns);
        String keys = String.join(", ", key);
        if (!postgres) {
            return "MERGE INTO %s (%s) KEY (%s) VALUES (%s)".formatted(table, cols, keys, marks());
        }
        String updates = storedColumns.stream().filter(c -> !key.contains(c)).map(c -> c + " = EXCLUDED." + c)
                .collect(Collectors.joining(", "));
        return "INSERT INTO %s (%s) VALUES (%s) ON CONFLICT (%s) DO UPDATE SET %s".formatted(table, cols, marks(),
                keys, updates);
    }

    /** The key columns of every stored row, to learn which keys are known before a step writes. */
    String keys() {
        return "SELECT %s FROM %s".formatted(String.join(", ", key), table);
    }

    /** Marks an unchanged row as seen by this run, at its latest place; parameters: run, file, line, key values. */
    String touch() {
        return "UPDATE %s SET ingest_run = ?, source_file = ?, source_line = ? WHERE %s".formatted(table,
                keyCondition());
    }

    /** Stored state of up to {@code n} keys: the key values, content hash, run, file and line. */
    String existing(int n) {
        String keys = String.join(", ", key);
        String tuple = key.size() == 1 ? "?" : "(" + key.stream().map(k -> "?").collect(Collectors.joining(", ")) + ")";
        String in = String.join(", ", Collections.nCopies(n, tuple));
        String left = key.size() == 1 ? keys : "(" + keys + ")";
        return "SELECT %s, content_hash, ingest_run, source_file, source_line FROM %s WHERE %s IN (%s)"
                .formatted(keys, table, left, in);
    }

    /** The row's own columns of one key (all stored columns but hash and run), to tell what changed. */
    String storedRow() {
        return "SELECT %s FROM %s WHERE %s".formatted(String.join(", ",
                storedColumns.subList(0, storedColumns.size() - 2)), table, keyCondition());
    }

    private String marks() {
        return storedColumns.stream().map(c -> "?").collect(Collectors.joining(", "));
    }

    private String keyCondition() {
        return key.stream().map(k -> k + " = ?").collect(Collectors.joining(" AND "));
    }
}
