package org.fuelwatch.delivery;

import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** Each recipient's outcome in the run, one line each, for the console summary. */
public final class DeliveryReport {

    static final String KEY = "fuelwatch.delivery.report";

    private DeliveryReport() {
    }

    /** The delivery lines of a run whose delivery step ran with a distribution list. */
    public static Optional<String> of(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(DeliveryStepConfiguration.STEP))
                .max(java.util.Comparator.comparing(StepExecution::getId))
                .map(StepExecution::getExecutionContext)
                .filter(c -> c.containsKey(KEY))
                .map(c -> c.getString(KEY));
    }
}
