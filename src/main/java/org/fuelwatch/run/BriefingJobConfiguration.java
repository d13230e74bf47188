package org.fuelwatch.run;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly briefing job: ingest each kind of CSV, compute the figures, fill in the templates, draw the charts,
 * write the PDF, publish it, deliver a numbered copy to each recipient on the distribution list.
 * Each stage is its own step, configured in its package; a failed run restarts at the step that failed.
 */
@Configuration(proxyBeanMethods = false)
class BriefingJobConfiguration {

    static final String JOB_NAME = "briefingJob";

    @Bean
    Job briefingJob(JobRepository jobRepository,
            @Qualifier("ingestCorridorsStep") Step ingestCorridorsStep,
            @Qualifier("ingestRoutesStep") Step ingestRoutesStep,
            @Qualifier("ingestWaypointsStep") Step ingestWaypointsStep,
            @Qualifier("ingestOutlinesStep") Step ingestOutlinesStep,
            @Qualifier("ingestIncidentsStep") Step ingestIncidentsStep,
            @Qualifier("ingestSupplyStep") Step ingestSupplyStep,
            @Qualifier("ingestEventsStep") Step ingestEventsStep,
            @Qualifier("ingestClaimsStep") Step ingestClaimsStep,
            @Qualifier("ingestAcledEventsStep") Step ingestAcledEventsStep,
            @Qualifier("ingestAcledDeletionsStep") Step ingestAcledDeletionsStep,
            @Qualifier("acledMatchStep") Step acledMatchStep,
            @Qualifier("figuresStep") Step figuresStep,
            @Qualifier("templatesStep") Step templatesStep,
            @Qualifier("chartsStep") Step chartsStep,
            @Qualifier("briefingStep") Step briefingStep,
            @Qualifier("publishStep") Step publishStep,
            @Qualifier("deliveryStep") Step deliveryStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new StepTimes())
                .start(ingestCorridorsStep)
                .next(ingestRoutesStep)
                .next(ingestWaypointsStep)
                .next(ingestOutlinesStep)
                .next(ingestIncidentsStep)
                .next(ingestSupplyStep)
                .next(ingestEventsStep)
                .next(ingestClaimsStep)
                .next(ingestAcledEventsStep)
                .next(ingestAcledDeletionsStep)
                .next(acledMatchStep)
                .next(figuresStep)
                .next(templatesStep)
                .next(chartsStep)
                .next(briefingStep)
                .next(publishStep)
                .next(deliveryStep)
                .build();
    }
}
