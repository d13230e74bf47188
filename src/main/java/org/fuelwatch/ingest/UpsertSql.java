package org.fuelwatch.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the insert-or-update statement for a row record, so that writing a chunk twice (a restart) or ingesting the
 * same file again stores each row once. Column names are the record's component names in snake case; parameters
 * are the component names, bound with {@code SimplePropertySqlParameterSource}.
 */
final class UpsertSql {

    private UpsertSql() {
    }

    static String forKind(IngestKind<?> kind, boolean postgres) {
        List<String> components = Arrays.stream(kind.rowType().getRecordComponents()).map(c -> c.getName()).toList();
        String columns = components.stream().map(UpsertSql::snake).collect(Collectors.joining(", "));
        String values = components.stream().map(c -> ":" + c).collect(Collectors.joining(", "));
        String key = String.join(", ", kind.key());
        if (!postgres) {
            return "MERGE INTO %s (%s) KEY (%s) VALUES (%s)".formatted(kind.table(), columns, key, values);
        }
        String updates = components.stream().map(UpsertSql::snake).filter(c -> !kind.key().contains(c))
                .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        return "INSERT INTO %s (%s) VALUES (%s) ON CONFLICT (%s) DO UPDATE SET %s"
                .formatted(kind.table(), columns, values, key, updates);
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
