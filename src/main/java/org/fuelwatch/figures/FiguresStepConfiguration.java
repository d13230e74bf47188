package org.fuelwatch.figures;

import java.time.Clock;
import java.time.LocalDate;

import org.fuelwatch.system.ConfigurationException;
import org.fuelwatch.system.FuelWatchProperties;
import org.fuelwatch.system.RunContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The figures step: settles the as-of date, computes every figure in SQL, compares them with the previous briefing's
 * and stores them as JSON for the next steps.
 */
@Configuration(proxyBeanMethods = false)
class FiguresStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FiguresStepConfiguration.class);

    @Bean
    Step figuresStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
            FuelWatchProperties properties, Clock clock,
            // read here rather than in FuelWatchProperties, which belongs to system/; the default is in FigureQueries
            @Value("${fuelwatch.briefing.commander:" + FigureQueries.DEFAULT_COMMANDER + "}") String commander) {
        FigureQueries queries = new FigureQueries(jdbc, properties.figures(), clock, commander);
        return new StepBuilder("figuresStep", jobRepository).tasklet((contribution, chunk) -> {
            var stepExecution = contribution.getStepExecution();
            RunContext run = RunContext.of(stepExecution);
            LocalDate asOf = run.asOf() != null ? run.asOf() : queries.latestDate();
            if (asOf == null) {
                throw new IllegalStateException("no dated rows were ingested: nothing to brief on");
            }
            LocalDate earliest = jdbc.queryForObject("SELECT MIN(d) FROM (SELECT MIN(supply_date) AS d FROM supply "
                    + "UNION ALL SELECT MIN(incident_date) FROM incident) AS earliest", LocalDate.class);
            if (earliest != null && asOf.isBefore(earliest)) {
                throw new ConfigurationException("--as-of=" + asOf + " is before the earliest supply or incident "
                        + "row (" + earliest + "): there is nothing to brief on for that date");
            }
            stepExecution.getJobExecution().getExecutionContext().putString(RunContext.AS_OF_KEY, asOf.toString());
            run = new RunContext(run.input(), run.output(), asOf);
            Figures computed = queries.compute(asOf,
                    stepExecution.getJobExecution().getJobInstance().getInstanceId())
                    .withAcled(new AcledFigures(jdbc, properties.acled()).use(asOf));
            Figures figures = PreviousFigures.before(run.output(), asOf)
                    .map(previous -> computed.withChanges(FiguresComparison.between(previous, computed)))
                    .orElse(computed);
            FiguresStore.write(figures, run.figuresFile());
            DataAge age = figures.dataAge();
            if (age.stale()) {
                log.warn("stale data: the newest row is from {}, {} days before the run date {} (more than "
                        + "fuelwatch.figures.stale-after-days={}); the briefing says so on page 1", age.newestData(),
                        age.days(), age.runDate(), age.staleAfterDays());
            }
            log.info("figures as of {}: supply cut {}% at the worst ({}), {} share of {} fuel {}%", asOf,
                    Math.round(figures.supplyCut().cutPct()), figures.supplyCut().worstWindow().to(),
                    figures.routeShare().route(), figures.routeShare().corridor(),
                    Math.round(figures.routeShare().sharePct()));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }
}
