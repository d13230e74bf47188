package org.fuelwatch.briefing;

import java.util.List;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.FiguresStore;
import org.fuelwatch.system.Edition;
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

    /** One writer per configured edition (fuelwatch.briefing.editions), in the configured order. */
    @Bean
    List<BriefingWriter> briefingWriters(Fonts fonts, FuelWatchProperties properties, TemplateSource templates) {
        return properties.briefing().editionList().stream().map(edition -> new BriefingWriter(fonts,
                new BriefingWriter.Settings(templates, properties.briefing().author(),
                        properties.briefing().dataLabel(), edition, Tlp.of(properties.briefing().tlp())))).toList();
    }

    @Bean
    Step templatesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            List<BriefingWriter> writers) {
        return new StepBuilder("templatesStep", jobRepository).tasklet((contribution, chunk) -> {
            Figures figures = FiguresStore.read(RunContext.of(contribution.getStepExecution()).figuresFile());
            writers.forEach(writer -> writer.templates(figures));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    Step briefingStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            List<BriefingWriter> writers) {
        return new StepBuilder("briefingStep", jobRepository).tasklet((contribution, chunk) -> {
            RunContext run = RunContext.of(contribution.getStepExecution());
            Figures figures = FiguresStore.read(run.figuresFile());
            for (BriefingWriter writer : writers) {
                Edition edition = writer.edition();
                writer.write(figures, run.chartsFolder(edition), run.draftBriefing(edition));
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }
}
