package org.fuelwatch.ingest;

import java.lang.reflect.RecordComponent;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The table of one input kind as derived from the kind's row record: columns are the record's components in snake
 * case, plus the content hash and the run that last saw the row. Gives each row its column values and key; the SQL
 * is in {@link KindSql}, the content hash in {@link ContentHash}, the binding of values in {@link TypedBinder}.
 */
final class KindTable<T extends Record> {

    private static final Set<String> PLACE = Set.of("sourceFile", "sourceLine");
    private static final String KEY_SEPARATOR = " | ";

    private final IngestKind<T> kind;
    private final RecordComponent[] components;
    private final int[] keyIndexes;
    private final int[] contentIndexes;
    private final List<String> columns;
    private final KindSql sql;

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
        this.sql = new KindSql(kind.table(), kind.key(), storedColumns(), postgres);
    }

    IngestKind<T> kind() {
        return kind;
    }

    KindSql sql() {
        return sql;
    }

    /** The columns {@link KindSql#insert} fills: the row's, then the content hash and the run. */
    List<String> storedColumns() {
        List<String> all = new ArrayList<>(columns);
        all.add("content_hash");
        all.add("ingest_run");
        return all;
    }

    /** The JDBC types of the {@link #storedColumns()}, in order. */
    int[] storedTypes() {
        return IntStream.concat(Arrays.stream(components).mapToInt(c -> sqlType(c.getType())),
                IntStream.of(Types.VARCHAR, Types.BIGINT)).toArray();
    }

    List<String> columns() {
        return columns;
    }

    /** The columns that hold a row's content: all but its place in the file. */
    int[] contentIndexes() {
        return contentIndexes.clone();
    }

    boolean isContent(int column) {
        return Arrays.stream(contentIndexes).anyMatch(i -> i == column);
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

    private Object value(T row, int index) {
        try {
            return components[index].getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
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
        if (type == java.math.BigDecimal.class) {
            return Types.DECIMAL;
        }
        throw new IllegalStateException("no SQL type for a row component of " + type);
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
