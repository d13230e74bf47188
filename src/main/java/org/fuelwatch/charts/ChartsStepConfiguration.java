package org.fuelwatch.charts;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.FiguresStore;
import org.fuelwatch.system.Fonts;
import org.fuelwatch.system.RunContext;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The charts step: draws each chart of {@link ChartKind} from the stored figures into the run's work folder. */
@Configuration(proxyBeanMethods = false)
class ChartsStepConfiguration {

    @Bean
    Step chartsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Fonts fonts) {
        ChartRenderer renderer = new ChartRenderer(fonts);
        return new StepBuilder("chartsStep", jobRepository).tasklet((contribution, chunk) -> {
            RunContext run = RunContext.of(contribution.getStepExecution());
            Figures figures = FiguresStore.read(run.figuresFile());
            ChartStyle style = new ChartStyle(fonts, figures.corridors());
            for (ChartKind kind : ChartKind.values()) {
                renderer.render(kind.create(figures, style), kind.width(), kind.height(),
                        run.chartsFolder().resolve(kind.fileName()));
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }
}
