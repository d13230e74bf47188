package org.fuelwatch.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores new rows in PostgreSQL with {@code COPY ... FROM STDIN} in CSV, on the chunk's own connection and so in its
 * transaction; the benchmark measures it against batched INSERTs. Values are written as PostgreSQL reads them back:
 * dates in ISO form, numbers as Java prints them, a null as an empty unquoted field and an empty text as {@code ""}.
 */
final class PostgresCopy {

    private final String sql;

    PostgresCopy(KindTable<?> table) {
        this.sql = "COPY %s (%s) FROM STDIN WITH (FORMAT csv)".formatted(table.kind().table(),
                String.join(", ", table.storedColumns()));
    }

    /** Rows as for {@link KindSql#insert}. */
    void copy(JdbcTemplate jdbc, List<Object[]> rows) {
        StringWriter text = new StringWriter(rows.size() * 256);
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).quoteStrategy(QuoteStrategies.EMPTY)
                .build(text)) {
            for (Object[] row : rows) {
                String[] fields = new String[row.length];
                for (int i = 0; i < row.length; i++) {
                    fields[i] = row[i] == null ? null : row[i].toString();
                }
                csv.writeRecord(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql,
                        new StringReader(text.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
