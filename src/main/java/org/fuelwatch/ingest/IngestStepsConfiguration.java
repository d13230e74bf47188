package org.fuelwatch.ingest;

import java.time.Clock;

import org.fuelwatch.system.Database;
import org.fuelwatch.system.FuelWatchProperties;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * One chunk-oriented step per input kind: read the kind's CSV files and validate each row (ahead of the step, on a
 * thread of the reader's own), and write good and bad rows with their per-file counts in one transaction per chunk.
 * Rows are keyed, so a restarted or repeated run stores each row once; the reader's position is committed with the
 * chunk, so a restart resumes where the last commit was.
 */
@Configuration(proxyBeanMethods = false)
class IngestStepsConfiguration {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final JdbcTemplate jdbc;
    private final Database database;
    private final IngestFiles files;
    private final RejectedRows rejectedRows;
    private final FuelWatchProperties properties;
    private final Clock clock;

    IngestStepsConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            JdbcTemplate jdbc, Database database, IngestFiles files, RejectedRows rejectedRows,
            FuelWatchProperties properties, Clock clock) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.jdbc = jdbc;
        this.database = database;
        this.files = files;
        this.rejectedRows = rejectedRows;
        this.properties = properties;
        this.clock = clock;
    }

    @Bean
    Step ingestCorridorsStep() {
        return ingestStep(IngestKind.CORRIDORS);
    }

    @Bean
    Step ingestRoutesStep() {
        return ingestStep(IngestKind.ROUTES);
    }

    @Bean
    Step ingestWaypointsStep() {
        return ingestStep(IngestKind.WAYPOINTS);
    }

    @Bean
    Step ingestOutlinesStep() {
        return ingestStep(IngestKind.OUTLINES);
    }

    @Bean
    Step ingestIncidentsStep() {
        return ingestStep(IngestKind.INCIDENTS);
    }

    @Bean
    Step ingestSupplyStep() {
        return ingestStep(IngestKind.SUPPLY);
    }

    @Bean
    Step ingestEventsStep() {
        return ingestStep(IngestKind.EVENTS);
    }

    @Bean
    Step ingestClaimsStep() {
        return ingestStep(IngestKind.CLAIMS);
    }

    @Bean
    Step ingestAcledEventsStep() {
        return ingestStep(IngestKind.ACLED_EVENTS);
    }

    @Bean
    Step ingestAcledDeletionsStep() {
        return ingestStep(IngestKind.ACLED_DELETIONS);
    }

    private <T extends Record> Step ingestStep(IngestKind<T> kind) {
        var table = new KindTable<>(kind, database.postgres());
        var processor = new IngestProcessor<>(table, jdbc, transactionManager, properties.ingest(), clock);
        var reader = new IngestReader<>(kind, processor, properties.ingest().chunkSize());
        var copy = database.postgres() && properties.ingest().postgresCopy() ? new PostgresCopy(table) : null;
        var skipLimit = new SkipLimit(properties.ingest().skipLimit(), files, rejectedRows);
        var writer = new IngestWriter<>(table, new KindStore(table, jdbc, copy), files, rejectedRows, skipLimit);
        // the reader validates rows ahead on its own thread; the processor only needs its reference codes loaded
        // first, and listeners run in the order they are added
        return new StepBuilder(kind.stepName(), jobRepository)
                .<IngestItem<T>, IngestItem<T>>chunk(properties.ingest().chunkSize())
                .transactionManager(transactionManager)
                .reader(reader)
                .writer(writer)
                .listener(processor)
                .listener(reader)
                .listener(writer)
                .build();
    }
}
