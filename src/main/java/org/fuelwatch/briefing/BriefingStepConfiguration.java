package org.fuelwatch.briefing;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.FiguresStore;
import org.fuelwatch.system.Fonts;
import org.fuelwatch.system.FuelWatchProperties;
import org.fuelwatch.system.RunContext;
import org.fuelwatch.system.TemplateSource;
import org.fuelwatch.system.Tlp;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The templates step, right after the figures: fills in every template with the figures, so that a bad placeholder
 * or template stops the run, naming the template and line, before any chart or PDF is drawn. The briefing step:
 * writes the PDF to the run's work folder. Publishing it under its final name is the next step's job.
 */
@Configuration(proxyBeanMethods = false)
class BriefingStepConfiguration {

    @Bean
    BriefingWriter briefingWriter(Fonts fonts, FuelWatchProperties properties, TemplateSource templates) {
        return new BriefingWriter(fonts, new BriefingWriter.Settings(templates,
                properties.briefing().author(), properties.briefing().dataLabel(), false,
                Tlp.of(properties.briefing().tlp())));
    }

    @Bean
    Step templatesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            BriefingWriter writer) {
        return new StepBuilder("templatesStep", jobRepository).tasklet((contribution, chunk) -> {
            writer.templates(FiguresStore.read(RunContext.of(contribution.getStepExecution()).figuresFile()));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    Step briefingStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            BriefingWriter writer) {
        return new StepBuilder("briefingStep", jobRepository).tasklet((contribution, chunk) -> {
            RunContext run = RunContext.of(contribution.getStepExecution());
            Figures figures = FiguresStore.read(run.figuresFile());
            writer.write(figures, run.chartsFolder(), run.draftBriefing());
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }
}
