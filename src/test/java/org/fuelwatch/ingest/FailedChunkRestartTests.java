package org.fuelwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.fuelwatch.TestData;
import org.fuelwatch.bench.SyntheticInput;
import org.fuelwatch.run.BriefingLauncher;
import org.fuelwatch.run.ExitCodes;
import org.fuelwatch.run.RunOptions;
import org.fuelwatch.run.RunOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A chunk that fails part-way leaves nothing of itself: neither its rows nor its counts nor the reader's place past
 * it, so the same command run again stores every row exactly once. The failure is set at the two places of a chunk
 * where a crash could split it: while its rows are written, and while the reader's place is saved after them (Spring
 * Batch 6.0's first releases saved the place of a rolled-back chunk, spring-batch#5182).
 */
@SpringBootTest
@ActiveProfiles("test")
class FailedChunkRestartTests {

    private static final long ROWS = 3_000;
    /** The test profile's chunk size: rows 1 to 1,000 are two committed chunks when the third one fails. */
    private static final long COMMITTED = 1_000;
    private static final String TRIGGER = "fail_once";

    @Autowired
    BriefingLauncher launcher;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path tmp;

    @BeforeEach
    void emptyDatabase() {
        TestData.wipe(jdbc);
    }

    @AfterEach
    void dropTrigger() {
        jdbc.execute("DROP TRIGGER IF EXISTS " + TRIGGER);
    }

    @Test
    void aChunkThatFailsWhileItsRowsAreWrittenIsWrittenAgainOnRestart() throws Exception {
        failOnce("BEFORE INSERT ON incident", COMMITTED + 234);
        restartAfterFailureStoresEveryRowOnce();
    }

    @Test
    void aChunkThatFailsWhileTheReadersPlaceIsSavedIsWrittenAgainOnRestart() throws Exception {
        failOnce("BEFORE UPDATE ON BATCH_STEP_EXECUTION_CONTEXT", COMMITTED + 500);
        restartAfterFailureStoresEveryRowOnce();
    }

    private void failOnce(String when, long atRows) {
        FailOnceTrigger.arm(atRows);
        jdbc.execute("CREATE TRIGGER " + TRIGGER + " " + when + " FOR EACH ROW CALL '" + FailOnceTrigger.class.getName()
                + "'");
    }

    private void restartAfterFailureStoresEveryRowOnce() throws Exception {
        // given
        Path input = tmp.resolve("input");
        SyntheticInput.write(Path.of("input"), input, ROWS, 42);
        RunOptions options = new RunOptions(input, tmp.resolve("output"), null);

        // when the first run fails in the third chunk of incidents
        RunOutcome failed = launcher.launch(options);

        // then only the two chunks before it are there, counted, and the place the reader saved
        assertThat(FailOnceTrigger.fired()).as("the simulated crash happened").isTrue();
        assertThat(failed.exitCode()).as(failed.message()).isEqualTo(ExitCodes.FAILURE);
        assertThat(count("SELECT COUNT(*) FROM incident")).isEqualTo(COMMITTED);
        assertThat(count("SELECT SUM(rows_read) FROM ingest_file WHERE kind = 'Incidents'")).isEqualTo(COMMITTED);
        StepExecution step = jobRepository.getLastStepExecution(failed.execution().getJobInstance(),
                IngestKind.INCIDENTS.stepName());
        assertThat(step.getExecutionContext().getLong("incidents.reader.records")).as("reader's saved place")
                .isEqualTo(COMMITTED);

        // when the same command runs again
        RunOutcome restarted = launcher.launch(options);

        // then every row is stored once, and counted once as new
        assertThat(restarted.exitCode()).as(restarted.message()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(restarted.execution().getJobInstance().getInstanceId())
                .as("a restart of the failed run, not a new one")
                .isEqualTo(failed.execution().getJobInstance().getInstanceId());
        assertThat(count("SELECT COUNT(DISTINCT source_line) FROM incident WHERE source_line BETWEEN 2 AND " + (ROWS + 1)))
                .isEqualTo(ROWS);
        assertThat(count("SELECT COUNT(*) FROM incident")).isEqualTo(ROWS);
        assertThat(count("SELECT SUM(rows_new) FROM ingest_file WHERE kind = 'Incidents'")).isEqualTo(ROWS);
        assertThat(count("SELECT SUM(rows_duplicate) + SUM(rows_rejected) FROM ingest_file")).isZero();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
