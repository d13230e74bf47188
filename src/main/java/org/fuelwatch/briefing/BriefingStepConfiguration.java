package org.fuelwatch.briefing;

import java.util.Map;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.FiguresStore;
import org.fuelwatch.system.Fonts;
import org.fuelwatch.system.FuelWatchProperties;
import org.fuelwatch.system.RunContext;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The briefing step: fills in the templates (failing before any PDF is written if one is bad) and writes the PDF
 * to the run's work folder. Publishing it under its final name is the next step's job.
 */
@Configuration(proxyBeanMethods = false)
class BriefingStepConfiguration {

    @Bean
    Step briefingStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Fonts fonts,
            FuelWatchProperties properties) {
        return new StepBuilder("briefingStep", jobRepository).tasklet((contribution, chunk) -> {
            RunContext run = RunContext.of(contribution.getStepExecution());
            Figures figures = FiguresStore.read(run.figuresFile());
            String dataLabel = properties.briefing().dataLabel();
            Map<String, Object> model = TemplateModel.of(figures, dataLabel);
            BriefingTemplates templates = BriefingTemplates.load(properties.templates(), model);

            Layout layout = new Layout(fonts, false);
            String asOf = TemplateModel.LONG_DATE.format(figures.asOf());
            var furniture = new PageFurniture(layout, templates.text("marking"), asOf, dataLabel);
            var metadata = new BriefingDocument.Metadata(templates.text("title") + " — " + asOf,
                    "Fuel supply and attacks on the supply chain, as of " + asOf,
                    "fuel, blockade, supply, convoys, incidents, FuelWatch", properties.briefing().author());
            try (var document = new BriefingDocument(run.draftBriefing(), layout, furniture, run.chartsFolder(),
                    metadata)) {
                new BriefingSections(document, figures, templates)
                        .writeAll();
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }
}
