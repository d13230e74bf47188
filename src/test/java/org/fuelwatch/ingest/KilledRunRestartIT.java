package org.fuelwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
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
import java.util.concurrent.TimeUnit;

import org.fuelwatch.bench.SyntheticInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real FuelWatch process (SIGKILL) in the middle of ingesting a large synthetic input ({@link SyntheticInput}), starts it again with
 * the same command, and checks that every row is in the database exactly once and counted exactly once.
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
        first.waitFor(30, TimeUnit.SECONDS);
        assertThat(killedMidIngest).as("the first run reached the incidents and was killed there").isTrue();
        assertThat(temp.resolve("output/briefing-2026-01-31.pdf")).doesNotExist();
        long before = count(temp.resolve("data"), "SELECT COUNT(*) FROM incident");
        assertThat(before).isBetween(1L, ROWS - 1);

        // second run: the same command
        Process second = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("second.log").toFile()).start();
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(temp.resolve("second.log"));
        assertThat(second.exitValue()).as(log).isZero();
        assertThat(log).contains("left running by a process that died; recovering it to restart");

        Path data = temp.resolve("data");
        assertThat(count(data, "SELECT COUNT(*) FROM incident")).isEqualTo(ROWS);
        assertThat(count(data, "SELECT COUNT(DISTINCT ingest_run) FROM ingest_file")).isEqualTo(1);
        assertThat(count(data, "SELECT SUM(rows_read) FROM ingest_file WHERE kind = 'Incidents'"))
                .isEqualTo(ROWS);
        assertThat(count(data, "SELECT SUM(rows_new) FROM ingest_file WHERE kind = 'Incidents'"))
                .isEqualTo(ROWS);
        assertThat(count(data, "SELECT SUM(rows_duplicate) + SUM(rows_rejected) FROM ingest_file")).isZero();
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

    private static long count(Path data, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("fuelwatch"), "sa", "");
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
