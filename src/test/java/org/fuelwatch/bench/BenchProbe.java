package org.fuelwatch.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.fuelwatch.ingest.JobReaderProbe;
import org.fuelwatch.ingest.ReferenceCodes;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * One timed measurement, run by the benchmark in a JVM of its own (same heap cap as the job) so that each starts as
 * cold as the job's ingest step does. Prints one line {@code PROBE rows=<n> millis=<ms>}.
 *
 * <pre>
 * raw       &lt;input&gt;                 FastCSV parses incidents/incidents.csv, nothing else
 * reader    &lt;input&gt;                 the job's CSV reader over the incident files
 * validate  &lt;input&gt;                 the job's reader and row validation (no database)
 * h2-insert &lt;input&gt; &lt;db dir&gt; &lt;batch&gt;  plain loader: FastCSV + JDBC batch INSERT into an H2 file database
 * h2-merge  &lt;input&gt; &lt;db dir&gt; &lt;batch&gt;  the same with H2's MERGE ... KEY, the job's upsert
 * pg-insert &lt;input&gt; &lt;url&gt; &lt;batch&gt;    plain loader into PostgreSQL (user and password from the environment)
 * pg-upsert &lt;input&gt; &lt;url&gt; &lt;batch&gt;    the same with INSERT ... ON CONFLICT DO UPDATE, the job's upsert
 * pg-copy   &lt;input&gt; &lt;url&gt;            FastCSV + COPY FROM STDIN into PostgreSQL, one transaction
 * </pre>
 */
public final class BenchProbe {

    static final String COLUMNS = "incident_id, incident_date, corridor, route, location, latitude, longitude, type, "
            + "tankers_attacked, tankers_destroyed, fatalities, actor, source, source_url, notes, source_file, "
            + "source_line, content_hash, ingest_run";
    static final String INSERT = "INSERT INTO incident (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?)";
    /**
     * The plain loaders hash nothing: they store a constant of the hash's length in content_hash, so that they write
     * the same bytes as the job without doing its work of telling new, repeated and changed rows apart.
     */
    static final String NO_HASH = "0".repeat(64);
    static final String FILE = "incidents/incidents.csv";
    static final List<String> HEADER = List.of("incident_id", "date", "corridor", "route", "location", "latitude",
            "longitude", "type", "tankers_attacked", "tankers_destroyed", "fatalities", "actor", "source", "source_url",
            "notes");

    private BenchProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[1]);
        long start = System.nanoTime();
        long rows = switch (args[0]) {
            case "raw" -> raw(input.resolve(FILE));
            case "reader" -> JobReaderProbe.readIncidents(input, null);
            case "validate" -> JobReaderProbe.readIncidents(input, codes(input));
            case "h2-insert", "h2-merge" -> {
                try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + Path.of(args[2]).toAbsolutePath()
                        + "/plain;DB_CLOSE_ON_EXIT=FALSE", "sa", "")) {
                    createSchema(db);
                    start = System.nanoTime();
                    String sql = args[0].equals("h2-insert") ? INSERT
                            : "MERGE INTO incident (" + COLUMNS + ") KEY (incident_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                    + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
                    yield batchLoad(db, sql, input.resolve(FILE), Integer.parseInt(args[3]));
                }
            }
            case "pg-insert", "pg-upsert" -> {
                try (Connection db = postgres(args[2])) {
                    createSchema(db);
                    start = System.nanoTime();
                    String sql = args[0].equals("pg-insert") ? INSERT
                            : INSERT + " ON CONFLICT (incident_id) DO UPDATE SET " + Stream.of(COLUMNS.split(", "))
                                    .skip(1).map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
                    yield batchLoad(db, sql, input.resolve(FILE), Integer.parseInt(args[3]));
                }
            }
            case "pg-copy" -> {
                try (Connection db = postgres(args[2])) {
                    createSchema(db);
                    start = System.nanoTime();
                    yield copy(db, input.resolve(FILE));
                }
            }
            default -> throw new IllegalArgumentException("unknown probe " + args[0]);
        };
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("PROBE rows=" + rows + " millis=" + millis);
    }

    /** Keeps the JIT from dropping work whose result nobody reads. */
    static volatile long sink;

    /** FastCSV alone: every record and field touched, nothing converted. */
    static long raw(Path file) throws IOException {
        long rows = -1;
        long chars = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            for (CsvRecord record : csv) {
                rows++;
                for (int i = 0; i < record.getFieldCount(); i++) {
                    chars += record.getField(i).length();
                }
            }
        }
        sink = chars;
        return rows;
    }

    /**
     * The plain loader: a hand-written loop over FastCSV records, converted to column types and written with JDBC
     * batch inserts, committing every {@code batch} rows as the job's chunks do.
     */
    static long batchLoad(Connection db, String sql, Path file, int batch) throws IOException, SQLException {
        db.setAutoCommit(false);
        long rows = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8);
                PreparedStatement insert = db.prepareStatement(sql)) {
            var records = csv.iterator();
            int[] at = indexes(records.next().getFields());
            while (records.hasNext()) {
                CsvRecord r = records.next();
                insert.setString(1, r.getField(at[0]));
                insert.setObject(2, LocalDate.parse(r.getField(at[1])));
                insert.setString(3, r.getField(at[2]));
                insert.setString(4, emptyToNull(r.getField(at[3])));
                insert.setString(5, r.getField(at[4]));
                setDouble(insert, 6, r.getField(at[5]));
                setDouble(insert, 7, r.getField(at[6]));
                insert.setString(8, r.getField(at[7]));
                setInt(insert, 9, r.getField(at[8]));
                insert.setInt(10, Integer.parseInt(r.getField(at[9])));
                setInt(insert, 11, r.getField(at[10]));
                insert.setString(12, emptyToNull(r.getField(at[11])));
                insert.setString(13, r.getField(at[12]));
                insert.setString(14, emptyToNull(r.getField(at[13])));
                insert.setString(15, emptyToNull(r.getField(at[14])));
                insert.setString(16, FILE);
                insert.setLong(17, r.getStartingLineNumber());
                insert.setString(18, NO_HASH);
                insert.setLong(19, 1);
                insert.addBatch();
                if (++rows % batch == 0) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
        }
        return rows;
    }

    /** Where each incident column is in the file, in the order of {@link #HEADER}. */
    static int[] indexes(List<String> fileHeader) {
        int[] at = new int[HEADER.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = fileHeader.indexOf(HEADER.get(i));
        }
        return at;
    }

    /** FastCSV records re-written as COPY's CSV with the provenance, hash and run columns added, streamed in 1 MB pieces. */
    static long copy(Connection db, Path file) throws IOException, SQLException {
        db.setAutoCommit(false);
        CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY incident (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)");
        long rows = 0;
        StringWriter buffer = new StringWriter(1 << 20);
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8);
                CsvWriter out = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).bufferSize(0).build(buffer)) {
            var records = csv.iterator();
            int[] at = indexes(records.next().getFields());
            String[] fields = new String[at.length + 4];
            while (records.hasNext()) {
                CsvRecord r = records.next();
                for (int i = 0; i < at.length; i++) {
                    fields[i] = r.getField(at[i]);
                }
                fields[at.length] = FILE;
                fields[at.length + 1] = String.valueOf(r.getStartingLineNumber());
                fields[at.length + 2] = NO_HASH;
                fields[at.length + 3] = "1";
                out.writeRecord(fields);
                rows++;
                if (buffer.getBuffer().length() > 1 << 20) {
                    send(copy, buffer);
                }
            }
        }
        send(copy, buffer);
        copy.endCopy();
        db.commit();
        return rows;
    }

    private static void send(CopyIn copy, StringWriter buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.getBuffer().setLength(0);
    }

    static void createSchema(Connection db) {
        ScriptUtils.executeSqlScript(db, new ClassPathResource("schema.sql"));
    }

    static Connection postgres(String url) throws SQLException {
        return DriverManager.getConnection(url, System.getenv().getOrDefault("FUELWATCH_TEST_PG_USER", "fuelwatch"),
                System.getenv().getOrDefault("FUELWATCH_TEST_PG_PASSWORD", "fuelwatch"));
    }

    /** The corridor and route codes of the reference files, as the ingest processor loads them from the tables. */
    static ReferenceCodes codes(Path input) throws IOException {
        Set<String> corridors = new HashSet<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                .ofNamedCsvRecord(input.resolve("reference/corridors.csv"))) {
            csv.forEach(r -> corridors.add(r.getField("corridor")));
        }
        Map<String, String> routes = new HashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(input.resolve("reference/routes.csv"))) {
            csv.forEach(r -> routes.put(r.getField("route"), r.getField("corridor")));
        }
        return new ReferenceCodes(Set.copyOf(corridors), Map.copyOf(routes));
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static void setDouble(PreparedStatement statement, int index, String value) throws SQLException {
        if (value.isEmpty()) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, Double.parseDouble(value));
        }
    }

    private static void setInt(PreparedStatement statement, int index, String value) throws SQLException {
        if (value.isEmpty()) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, Integer.parseInt(value));
        }
    }

    /** Creates a schema of its own for a PostgreSQL probe and returns the URL that works in it. */
    static String freshSchema(String url, String name) throws SQLException {
        try (Connection db = postgres(url); Statement statement = db.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            statement.execute("CREATE SCHEMA " + name);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    static void dropSchema(String url, String name) throws SQLException {
        try (Connection db = postgres(url); Statement statement = db.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }
}
