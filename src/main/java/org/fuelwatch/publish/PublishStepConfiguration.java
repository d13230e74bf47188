package org.fuelwatch.publish;

import org.fuelwatch.system.RunContext;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The publish step: hands the finished run to the {@link Publisher}. */
@Configuration(proxyBeanMethods = false)
class PublishStepConfiguration {

    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Publisher publisher) {
        return new StepBuilder("publishStep", jobRepository).tasklet((contribution, chunk) -> {
            publisher.publish(RunContext.of(contribution.getStepExecution()),
                    contribution.getStepExecution().getJobExecution());
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }
}
