package org.fuelwatch.ingest;

import javax.sql.DataSource;

import org.fuelwatch.system.Database;
import org.fuelwatch.system.FuelWatchProperties;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * One chunk-oriented step per input kind: read the kind's CSV files, validate each row, upsert the good rows by
 * their natural key and record the bad ones. Upserts make a restarted or repeated run store each row once.
 */
@Configuration(proxyBeanMethods = false)
public class IngestStepsConfiguration {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Database database;
    private final RejectedRows rejectedRows;
    private final FuelWatchProperties properties;

    IngestStepsConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            DataSource dataSource, JdbcTemplate jdbc, Database database, RejectedRows rejectedRows,
            FuelWatchProperties properties) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.database = database;
        this.rejectedRows = rejectedRows;
        this.properties = properties;
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

    private <T extends Record> Step ingestStep(IngestKind<T> kind) {
        var reader = new IngestReader(kind, rejectedRows);
        var processor = new IngestProcessor<>(kind, jdbc);
        var writer = new JdbcBatchItemWriterBuilder<T>()
                .dataSource(dataSource)
                .sql(UpsertSql.forKind(kind, database.postgres()))
                .itemSqlParameterSourceProvider(SimplePropertySqlParameterSource::new)
                .assertUpdates(false)
                .build();
        writer.afterPropertiesSet();
        return new org.springframework.batch.core.step.builder.StepBuilder(kind.stepName(), jobRepository)
                .<CsvLine, T>chunk(properties.ingest().chunkSize())
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .listener(reader)
                .listener(processor)
                .faultTolerant()
                .skip(RejectedRowException.class)
                .skipLimit(properties.ingest().skipLimit())
                .skipListener(rejectedRows)
                .build();
    }
}
