package org.fuelwatch.run;

import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;

/**
 * How a run ended.
 *
 * @param exitCode  the process exit code ({@link ExitCodes})
 * @param message   one line for the operator
 * @param briefing  the published briefing, when there is one
 * @param execution the job execution, when the job ran
 */
public record RunOutcome(int exitCode, String message, Path briefing, JobExecution execution) {
}
