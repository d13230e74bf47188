package org.fuelwatch.charts;

import java.nio.file.Path;
import java.util.List;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.FiguresStore;
import org.fuelwatch.system.Edition;
import org.fuelwatch.system.Fonts;
import org.fuelwatch.system.FuelWatchProperties;
import org.fuelwatch.system.RunContext;
import org.fuelwatch.system.TemplateSource;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The charts step: draws each chart of {@link ChartKind} from the stored figures into the run's work folder, once
 * for each edition in its words (the English ones in {@code charts/}, the Arabic ones in {@code charts/ar/}).
 */
@Configuration(proxyBeanMethods = false)
class ChartsStepConfiguration {

    @Bean
    Step chartsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Fonts fonts,
            FuelWatchProperties properties, TemplateSource templates) {
        ChartRenderer renderer = new ChartRenderer(fonts);
        List<Edition> editions = properties.briefing().editionList();
        return new StepBuilder("chartsStep", jobRepository).tasklet((contribution, chunk) -> {
            RunContext run = RunContext.of(contribution.getStepExecution());
            Figures figures = FiguresStore.read(run.figuresFile());
            for (Edition edition : editions) {
                ChartStyle style = new ChartStyle(fonts, figures.corridors(),
                        ChartWording.load(templates, edition),
                        edition == Edition.EN ? null : figures.arabicNames());
                Path folder = run.chartsFolder(edition);
                for (ChartKind kind : ChartKind.values()) {
                    String key = edition == Edition.EN ? kind.fileName() : edition.code() + "/" + kind.fileName();
                    renderer.render(kind.create(figures, style), kind.width(), kind.height(),
                            folder.resolve(kind.fileName()), key);
                }
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }
}
