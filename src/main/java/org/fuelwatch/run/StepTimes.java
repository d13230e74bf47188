package org.fuelwatch.run;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Logs how long each step of the run took and how many items it read, so that slow stages show. */
class StepTimes implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepTimes.class);

    @Override
    public void afterJob(JobExecution jobExecution) {
        StringBuilder text = new StringBuilder("steps of run ").append(jobExecution.getId()).append(':');
        for (StepExecution step : jobExecution.getStepExecutions()) {
            if (step.getStartTime() == null || step.getEndTime() == null) {
                continue;
            }
            Duration took = Duration.between(step.getStartTime(), step.getEndTime());
            text.append(String.format("%n  %-22s %-9s %8.2f s %,10d items", step.getStepName(), step.getStatus(),
                    took.toMillis() / 1000.0, step.getReadCount()));
        }
        log.info("{}", text);
    }
}
