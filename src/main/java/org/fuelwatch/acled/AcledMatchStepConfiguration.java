package org.fuelwatch.acled;

import org.fuelwatch.system.Database;
import org.fuelwatch.system.FuelWatchProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ACLED match step, after the ingest steps and before the figures: each stored ACLED event (its newest version)
 * of an attack type is selected or not by its notes, matched to a route, merged with an own incident or counted as
 * an incident of its own; the events of every other type are counted per reason in SQL, never loaded one by one. The
 * ACLED incidents, merge references and audit of the previous match are replaced in the step's one transaction, so
 * a rerun or a restart counts each event once.
 */
@Configuration(proxyBeanMethods = false)
class AcledMatchStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AcledMatchStepConfiguration.class);

    @Bean
    Step acledMatchStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
            Database database, FuelWatchProperties properties, AcledMatches matches) {
        FuelWatchProperties.Acled settings = properties.acled();
        return new StepBuilder("acledMatchStep", jobRepository).tasklet((contribution, chunk) -> {
            long run = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
            AcledStore store = new AcledStore(jdbc, run, database.postgres());
            if (!store.anything()) {
                return RepeatStatus.FINISHED;
            }
            new AcledMatchPass(store, new AcledAudit(jdbc, run), settings).run();
            for (AcledMatches.FileCounts f : matches.perFile()) {
                log.info("ACLED {}: {} events, {} selected, {} matched to a route, {} merged with own incidents, "
                        + "{} selected but on no route, {} deleted", f.file(), f.events(), f.selected(), f.matched(),
                        f.merged(), f.unmatched(), f.deleted());
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }
}
