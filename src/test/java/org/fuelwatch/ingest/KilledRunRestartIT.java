package org.fuelwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.fuelwatch.bench.SyntheticInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;

/**
 * Kills a real FuelWatch process (SIGKILL) in the middle of ingesting a large synthetic input ({@link SyntheticInput}), starts it again with
 * the same command, and checks that every row is in the database exactly once and counted exactly once. At the kill it
 * checks that the rows stored, their counts and the reader's saved place agree, so that a failure tells a
 * half-committed chunk from a restart that resumed at the wrong place; after the restart it names the lines missing.
 */
class KilledRunRestartIT {

    static final long ROWS = 300_000;

    @TempDir
    Path temp;

    @Test
    void aRunKilledDuringIngestCompletesOnRestartWithNothingLostOrDoubled() throws Exception {
        Path input = temp.resolve("input");
        SyntheticInput.write(Path.of("input"), input, ROWS, 42);
        List<String> command = command(input, temp.resolve("output"), temp.resolve("data"));

        // first run: killed once the incidents step has committed rows and is still going
        Process first = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean killedMidIngest = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null;) {
                if (line.contains("incidents: 100,000 rows read")) {
                    first.destroyForcibly();
                    killedMidIngest = true;
                    break;
                }
            }
        }
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("the killed run is gone before its database is read").isTrue();
        assertThat(killedMidIngest).as("the first run reached the incidents and was killed there").isTrue();
        assertThat(temp.resolve("output/briefing-2026-01-31.pdf")).doesNotExist();
        Path data = temp.resolve("data");
        long before = count(data, "SELECT COUNT(*) FROM incident");
        assertThat(before).as("incidents stored when the first run was killed").isBetween(1L, ROWS - 1);
        // the reader's place is committed with the chunk's rows and counts, so after a kill all three agree; if they
        // do not, the crash left a half-committed chunk, and the restart cannot be right whatever it does
        assertThat(savedRecords(data)).as("reader's saved place against the %d rows stored at the kill", before)
                .isEqualTo(before);
        assertThat(count(data, "SELECT SUM(rows_read) FROM ingest_file WHERE kind = 'Incidents'"))
                .as("rows counted as read against the %d rows stored at the kill", before).isEqualTo(before);

        // second run: the same command
        Process second = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("second.log").toFile()).start();
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(temp.resolve("second.log"));
        assertThat(second.exitValue()).as(log).isZero();
        assertThat(log).contains("left running by a process that died; recovering it to restart");

        StoredLines stored = StoredLines.read(data, ROWS);
        assertThat(stored.missing()).as("lines of incidents.csv not stored after the restart (killed at %d rows; "
                + "%d missing)", before, stored.missingCount()).isEmpty();
        assertThat(stored.doubled()).as("lines of incidents.csv stored more than once").isEmpty();
        assertThat(count(data, "SELECT COUNT(*) FROM incident")).as("incidents stored").isEqualTo(ROWS);
        assertThat(count(data, "SELECT COUNT(DISTINCT ingest_run) FROM ingest_file")).as("runs").isEqualTo(1);
        assertThat(count(data, "SELECT SUM(rows_read) FROM ingest_file WHERE kind = 'Incidents'"))
                .as("incident rows counted as read").isEqualTo(ROWS);
        assertThat(count(data, "SELECT SUM(rows_new) FROM ingest_file WHERE kind = 'Incidents'"))
                .as("incident rows counted as new").isEqualTo(ROWS);
        assertThat(count(data, "SELECT SUM(rows_duplicate) + SUM(rows_rejected) FROM ingest_file"))
                .as("rows counted as repeats or rejects").isZero();
        assertThat(temp.resolve("output/briefing-2026-01-31.pdf")).exists();
    }

    private List<String> command(Path input, Path output, Path data) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.fuelwatch.FuelWatchApplication", "--input=" + input, "--output=" + output,
                "--fuelwatch.data-dir=" + data,
                "--fuelwatch.ingest.chunk-size=1000"));
        return command;
    }

    /** The incidents step's saved reader place (records taken from incidents.csv) in its latest execution. */
    private static long savedRecords(Path data) throws Exception {
        String sql = "SELECT c.SHORT_CONTEXT FROM BATCH_STEP_EXECUTION_CONTEXT c JOIN BATCH_STEP_EXECUTION s "
                + "ON s.STEP_EXECUTION_ID = c.STEP_EXECUTION_ID WHERE s.STEP_NAME = 'ingestIncidentsStep' "
                + "ORDER BY s.STEP_EXECUTION_ID DESC";
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("fuelwatch"), "sa", "");
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            assertThat(rs.next()).as("the incidents step saved its context").isTrue();
            Map<String, Object> context = new DefaultExecutionContextSerializer()
                    .deserialize(new ByteArrayInputStream(rs.getString(1).getBytes(StandardCharsets.ISO_8859_1)));
            return ((Number) context.getOrDefault("incidents.reader.records", 0L)).longValue();
        }
    }

    private static long count(Path data, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("fuelwatch"), "sa", "");
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
