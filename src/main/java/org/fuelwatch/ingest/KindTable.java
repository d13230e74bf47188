package org.fuelwatch.ingest;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;

/**
 * The table of one input kind, as SQL derived from the kind's row record: columns are the record's components in
 * snake case, plus the content hash and the run that last saw the row. Also gives each row its key and content hash.
 */
final class KindTable<T extends Record> {

    private static final Set<String> PLACE = Set.of("sourceFile", "sourceLine");
    private static final String KEY_SEPARATOR = " | ";

    private final IngestKind<T> kind;
    private final RecordComponent[] components;
    private final int[] keyIndexes;
    private final int[] contentIndexes;
    private final List<String> columns;
    private final String insert;
    private final String upsert;
    /** The JDBC types of the {@link #insert} parameters, so that a null is bound as its type at once. */
    private final int[] storedTypes;
    /** Reused for every row: a step runs on one thread, and a digest per row costs more than the hashing. */
    private final MessageDigest digest = sha256();

    KindTable(IngestKind<T> kind, boolean postgres) {
        this.kind = kind;
        this.components = kind.rowType().getRecordComponents();
        this.columns = Arrays.stream(components).map(c -> snake(c.getName())).toList();
        this.keyIndexes = kind.key().stream().mapToInt(columns::indexOf).toArray();
        if (Arrays.stream(keyIndexes).anyMatch(i -> i < 0)) {
            throw new IllegalStateException(kind.name() + ": key " + kind.key() + " is not among " + columns);
        }
        this.contentIndexes = IntStream.range(0, components.length)
                .filter(i -> !PLACE.contains(components[i].getName())).toArray();
        this.insert = "INSERT INTO %s (%s) VALUES (%s)".formatted(kind.table(), String.join(", ", storedColumns()),
                storedColumns().stream().map(c -> "?").collect(Collectors.joining(", ")));
        this.upsert = upsertSql(postgres);
        this.storedTypes = IntStream.concat(Arrays.stream(components).mapToInt(c -> sqlType(c.getType())),
                IntStream.of(Types.VARCHAR, Types.BIGINT)).toArray();
    }

    /**
     * Binds rows of {@link #insert} parameters by their types, one setter call per value: the JDBC template's own
     * binding looks at each value's class first, which on a million rows costs as much as a tenth of the insert.
     */
    BatchPreparedStatementSetter binder(List<Object[]> rows) {
        return new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                Object[] row = rows.get(i);
                for (int c = 0; c < row.length; c++) {
                    bind(statement, c + 1, storedTypes[c], row[c]);
                }
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        };
    }

    private static void bind(PreparedStatement statement, int index, int type, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, type);
            return;
        }
        switch (type) {
            case Types.VARCHAR -> statement.setString(index, (String) value);
            case Types.INTEGER -> statement.setInt(index, (Integer) value);
            case Types.BIGINT -> statement.setLong(index, (Long) value);
            case Types.DOUBLE -> statement.setDouble(index, (Double) value);
            default -> statement.setObject(index, value, type);
        }
    }

    private static int sqlType(Class<?> type) {
        if (type == String.class) {
            return Types.VARCHAR;
        }
        if (type == LocalDate.class) {
            return Types.DATE;
        }
        if (type == int.class || type == Integer.class) {
            return Types.INTEGER;
        }
        if (type == long.class || type == Long.class) {
            return Types.BIGINT;
        }
        if (type == double.class || type == Double.class) {
            return Types.DOUBLE;
        }
        throw new IllegalStateException("no SQL type for a row component of " + type);
    }

    IngestKind<T> kind() {
        return kind;
    }

    /** Insert of a key not stored yet; parameters are {@link #values} followed by the content hash and the run. */
    String insert() {
        return insert;
    }

    /** Insert-or-update by key, for a changed row; parameters as for {@link #insert}. */
    String upsert() {
        return upsert;
    }

    /** The key columns of every stored row, to learn which keys are known before a step writes. */
    String keys() {
        return "SELECT %s FROM %s".formatted(String.join(", ", kind.key()), kind.table());
    }

    /** The columns {@link #insert} fills: the row's, then the content hash and the run. */
    List<String> storedColumns() {
        List<String> all = new ArrayList<>(columns);
        all.add("content_hash");
        all.add("ingest_run");
        return all;
    }

    private String upsertSql(boolean postgres) {
        List<String> all = storedColumns();
        String cols = String.join(", ", all);
        String marks = all.stream().map(c -> "?").collect(Collectors.joining(", "));
        String key = String.join(", ", kind.key());
        if (!postgres) {
            return "MERGE INTO %s (%s) KEY (%s) VALUES (%s)".formatted(kind.table(), cols, key, marks);
        }
        String updates = all.stream().filter(c -> !kind.key().contains(c)).map(c -> c + " = EXCLUDED." + c)
                .collect(Collectors.joining(", "));
        return "INSERT INTO %s (%s) VALUES (%s) ON CONFLICT (%s) DO UPDATE SET %s".formatted(kind.table(), cols,
                marks, key, updates);
    }

    /** Marks an unchanged row as seen by this run, at its latest place; parameters: run, file, line, key values. */
    String touch() {
        return "UPDATE %s SET ingest_run = ?, source_file = ?, source_line = ? WHERE %s".formatted(kind.table(),
                keyCondition());
    }

    /** Stored state of up to {@code n} keys: the key values, content hash, run, file and line. */
    String existing(int n) {
        String keys = String.join(", ", kind.key());
        String tuple = kind.key().size() == 1 ? "?" : "(" + kind.key().stream().map(k -> "?")
                .collect(Collectors.joining(", ")) + ")";
        String in = java.util.Collections.nCopies(n, tuple).stream().collect(Collectors.joining(", "));
        String left = kind.key().size() == 1 ? keys : "(" + keys + ")";
        return "SELECT %s, content_hash, ingest_run, source_file, source_line FROM %s WHERE %s IN (%s)"
                .formatted(keys, kind.table(), left, in);
    }

    /** The whole stored row of one key, to tell what changed. */
    String storedRow() {
        return "SELECT %s FROM %s WHERE %s".formatted(String.join(", ", columns), kind.table(), keyCondition());
    }

    private String keyCondition() {
        return kind.key().stream().map(k -> k + " = ?").collect(Collectors.joining(" AND "));
    }

    List<String> columns() {
        return columns;
    }

    Class<?> keyType(int keyPosition) {
        return org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(components[keyIndexes[keyPosition]].getType());
    }

    Object[] values(T row) {
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(row, i);
        }
        return values;
    }

    /** The key's values, picked from the row's {@link #values}. */
    Object[] keyValues(Object[] values) {
        Object[] key = new Object[keyIndexes.length];
        for (int i = 0; i < keyIndexes.length; i++) {
            key[i] = values[keyIndexes[i]];
        }
        return key;
    }

    /** The key as one text, for maps and messages: the values joined by " | ". */
    static String key(Object[] keyValues) {
        if (keyValues.length == 1) {
            return String.valueOf(keyValues[0]);
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < keyValues.length; i++) {
            key.append(i == 0 ? "" : KEY_SEPARATOR).append(keyValues[i]);
        }
        return key.toString();
    }

    /**
     * SHA-256 of the row's content (everything but its place in the file), from its {@link #values}, to tell a
     * repeat from a change. Not thread-safe: each step has its own table.
     */
    String hash(Object[] values) {
        for (int i : contentIndexes) {
            digest.update(String.valueOf(values[i]).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    boolean isContent(int column) {
        return Arrays.stream(contentIndexes).anyMatch(i -> i == column);
    }

    private Object value(T row, int index) {
        try {
            return components[index].getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
