package org.fuelwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.FiguresStore;
import org.fuelwatch.run.BriefingLauncher;
import org.fuelwatch.system.Database;
import org.fuelwatch.run.DatabaseLock;
import org.fuelwatch.run.ExitCodes;
import org.fuelwatch.run.RunOptions;
import org.fuelwatch.run.RunOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole job on the sample data in input/ with the postgres profile, against the PostgreSQL server named by
 * FUELWATCH_TEST_PG_URL (user and password in FUELWATCH_TEST_PG_USER and FUELWATCH_TEST_PG_PASSWORD). Each run works
 * in a schema of its own, dropped afterwards, so runs never see each other's rows or job instances.
 * {@code .ci/run} starts a throwaway server and sets these; without them the test is skipped.
 */
@ExtendWith(PostgresBriefingJobTests.RequiresPostgres.class)
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
class PostgresBriefingJobTests {

    static final String URL = System.getenv("FUELWATCH_TEST_PG_URL");
    static final String USER = System.getenv().getOrDefault("FUELWATCH_TEST_PG_USER", "fuelwatch");
    static final String PASSWORD = System.getenv().getOrDefault("FUELWATCH_TEST_PG_PASSWORD", "fuelwatch");
    static final String SCHEMA = "fuelwatch_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Autowired
    BriefingLauncher launcher;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Database database;

    @TempDir
    Path output;

    /**
     * Skips the test, with the reason, when no server is configured; registered before the Spring extension so that
     * the check comes before the application context is loaded. Creates the run's schema otherwise.
     */
    static class RequiresPostgres implements TestInstancePostProcessor {
        @Override
        public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws SQLException {
            Assumptions.assumeTrue(configured(), "no PostgreSQL configured: set FUELWATCH_TEST_PG_URL");
            execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
        }
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (configured()) {
            execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    static boolean configured() {
        return URL != null && !URL.isBlank();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> schemaUrl());
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    /** The server's URL with the run's schema as the only one on the search path. */
    static String schemaUrl() {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    @Test
    void sampleDataGivesTheCalibratedFiguresWithDataAndJobRepositoryInPostgres() {
        // when
        RunOutcome outcome = launcher.launch(new RunOptions(Path.of("input"), output, null));

        // then
        assertThat(database.postgres()).isTrue();
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(output.resolve("briefing-2026-01-31.pdf")).exists();

        Figures figures = FiguresStore.read(output.resolve(".work/2026-01-31/figures.json"));
        assertThat(figures.supplyCut().cutPct()).isCloseTo(80, within(2.0));
        assertThat(figures.routeShare().sharePct()).isCloseTo(57, within(1.0));

        // the rows and the job repository are in this run's PostgreSQL schema
        assertThat(count("incident WHERE origin = 'own'")).isEqualTo(50);
        // the sample ACLED export's events that were selected, matched to a route and not merged with an own row
        assertThat(count("incident WHERE origin = 'acled'")).isEqualTo(4);
        assertThat(count("supply")).isEqualTo(1720);
        assertThat(count("corridor")).isEqualTo(5);
        assertThat(count("route")).isEqualTo(8);
        assertThat(count("timeline_event")).isEqualTo(40);
        assertThat(count("claim")).isEqualTo(12);
        assertThat(jdbc.queryForObject("SELECT current_schema()", String.class)).isEqualTo(SCHEMA);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM batch_step_execution WHERE status = 'COMPLETED'",
                Integer.class)).isEqualTo(outcome.execution().getStepExecutions().size()).isGreaterThan(10);

        // the next night's process on the same database: both schema scripts run again without failing, and the
        // job repository knows the input was already briefed
        try (ConfigurableApplicationContext nextProcess = new SpringApplicationBuilder(FuelWatchApplication.class)
                .profiles("postgres")
                .run("--fuelwatch.run-on-startup=false", "--fuelwatch.run-date=2026-02-01",
                        "--spring.datasource.url=" + schemaUrl(),
                        "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD)) {
            RunOutcome again = nextProcess.getBean(BriefingLauncher.class)
                    .launch(new RunOptions(Path.of("input"), output, null));
            assertThat(again.exitCode()).as(again.message()).isEqualTo(ExitCodes.SUCCESS);
            assertThat(again.message()).contains("input unchanged");
        }
        assertThat(count("incident WHERE origin = 'own'")).isEqualTo(50);
        // the sample ACLED export's events that were selected, matched to a route and not merged with an own row
        assertThat(count("incident WHERE origin = 'acled'")).isEqualTo(4);
    }

    @Test
    void aSecondRunOnTheSameDatabaseIsRefusedWhileTheFirstHoldsItsLock() {
        try (DatabaseLock first = DatabaseLock.tryAcquire(dataSource, database)) {
            assertThat(first).isNotNull();

            RunOutcome second = launcher.launch(new RunOptions(Path.of("input"), output, null));

            assertThat(second.exitCode()).isEqualTo(ExitCodes.RUN_IN_PROGRESS);
            assertThat(second.message()).contains("another FuelWatch run is using the database");
            assertThat(output.resolve("briefing-2026-01-31.pdf")).doesNotExist();
        }
        try (DatabaseLock afterwards = DatabaseLock.tryAcquire(dataSource, database)) {
            assertThat(afterwards).as("the lock is released when its holder closes it").isNotNull();
        }
    }

    int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
