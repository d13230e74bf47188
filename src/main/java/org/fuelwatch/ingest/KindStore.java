package org.fuelwatch.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The JDBC side of one kind's table, in the current transaction: what is stored for a chunk's keys, and the batched
 * insert (or COPY on PostgreSQL), upsert and touch of its rows.
 */
final class KindStore {

    private final KindTable<?> table;
    private final JdbcTemplate jdbc;
    private final TypedBinder binder;
    private final PostgresCopy copy;

    /** With {@code copy} set (PostgreSQL), new rows are stored with COPY instead of batched INSERTs. */
    KindStore(KindTable<?> table, JdbcTemplate jdbc, PostgresCopy copy) {
        this.table = table;
        this.jdbc = jdbc;
        this.binder = new TypedBinder(table.storedTypes());
        this.copy = copy;
    }

    /** What is stored for these items' keys, by key text; keys not stored are absent. */
    Map<String, StoredRow> stored(List<? extends IngestItem<?>> items) {
        Map<String, StoredRow> stored = new HashMap<>();
        if (items.isEmpty()) {
            return stored;
        }
        Map<String, Object[]> distinct = new LinkedHashMap<>();
        items.forEach(i -> distinct.putIfAbsent(i.keyText(), i.key()));
        List<Object> params = new ArrayList<>();
        distinct.values().forEach(k -> params.addAll(List.of(k)));
        int keys = table.kind().key().size();
        jdbc.query(table.sql().existing(distinct.size()), rs -> {
            Object[] key = new Object[keys];
            for (int i = 0; i < keys; i++) {
                key[i] = rs.getObject(i + 1, table.keyType(i));
            }
            stored.put(KindTable.key(key), new StoredRow(rs.getString(keys + 1), rs.getLong(keys + 2),
                    rs.getString(keys + 3), rs.getLong(keys + 4)));
        }, params.toArray());
        return stored;
    }

    /** The stored row of one key, by column name. */
    Map<String, Object> row(Object[] key) {
        return jdbc.queryForMap(table.sql().storedRow(), key);
    }

    /** New rows, as {@link #storedValues}. */
    void insert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (copy != null) {
            copy.copy(jdbc, rows);
        } else {
            jdbc.batchUpdate(table.sql().insert(), binder.of(rows));
        }
    }

    /** Changed rows, as {@link #storedValues}. */
    void upsert(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(table.sql().upsert(), binder.of(rows));
        }
    }

    /** Unchanged rows seen again, as {@link #touchValues}. */
    void touch(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(table.sql().touch(), rows);
        }
    }

    /** The parameters of an insert or upsert: the row's values, its content hash and the run. */
    static Object[] storedValues(IngestItem<?> item, long run) {
        Object[] values = item.values();
        Object[] all = java.util.Arrays.copyOf(values, values.length + 2);
        all[values.length] = item.hash();
        all[values.length + 1] = run;
        return all;
    }

    /** The parameters of a touch: the run, the row's place and its key. */
    static Object[] touchValues(IngestItem<?> item, long run) {
        Object[] key = item.key();
        Object[] all = new Object[key.length + 3];
        all[0] = run;
        all[1] = item.line().file();
        all[2] = item.line().line();
        System.arraycopy(key, 0, all, 3, key.length);
        return all;
    }
}
