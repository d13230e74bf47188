package org.fuelwatch.run;

import org.fuelwatch.system.ConfigurationException;
import org.fuelwatch.system.RunContext;
import org.fuelwatch.system.JobParameterNames;
import org.fuelwatch.system.InputFingerprint;
import org.fuelwatch.system.TemplateSource;
import org.fuelwatch.system.FuelWatchProperties;
import org.fuelwatch.system.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.fuelwatch.briefing.TemplateException;
import org.fuelwatch.delivery.DeliveryIncompleteException;
import org.fuelwatch.delivery.DeliveryStepConfiguration;
import org.fuelwatch.delivery.RunFailureNotice;
import org.fuelwatch.figures.DataAge;
import org.fuelwatch.ingest.InputFileException;
import org.fuelwatch.ingest.TooManyRejectsException;
import org.fuelwatch.publish.OutputFolder;
import org.fuelwatch.publish.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts one briefing run: takes the lock on the output folder, turns the run options into job parameters (the input
 * fingerprint makes the same input the same job instance), recovers an execution left running by a killed process,
 * and maps the result to an exit code.
 */
@Component
public class BriefingLauncher {

    private static final Logger log = LoggerFactory.getLogger(BriefingLauncher.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job briefingJob;
    private final FuelWatchProperties properties;
    private final TemplateSource templates;
    private final DataSource dataSource;
    private final Database database;
    private final Clock clock;
    private final RunFailureNotice failureNotice;

    BriefingLauncher(JobOperator jobOperator, JobRepository jobRepository, Job briefingJob,
            FuelWatchProperties properties, TemplateSource templates, DataSource dataSource, Database database,
            Clock clock, RunFailureNotice failureNotice) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.briefingJob = briefingJob;
        this.properties = properties;
        this.templates = templates;
        this.dataSource = dataSource;
        this.database = database;
        this.clock = clock;
        this.failureNotice = failureNotice;
    }

    /** Runs the job once; when it published nothing, the operator is told (where delivery is set up). */
    public RunOutcome launch(RunOptions options) {
        RunOutcome outcome = run(options);
        // a run still holding the lock is not a failed night; a published briefing's delivery tells of itself
        if (outcome.briefing() == null && outcome.exitCode() != ExitCodes.SUCCESS
                && outcome.exitCode() != ExitCodes.RUN_IN_PROGRESS) {
            failureNotice.runFailed(outcome.exitCode(), outcome.message());
        }
        return outcome;
    }

    private RunOutcome run(RunOptions options) {
        try {
            options.checkFolders();
        } catch (ConfigurationException e) {
            return new RunOutcome(ExitCodes.CONFIGURATION, e.getMessage(), null, null);
        }
        try (RunLock lock = RunLock.tryAcquire(options.output());
                DatabaseLock dbLock = lock == null ? null : DatabaseLock.tryAcquire(dataSource, database)) {
            if (lock == null) {
                return new RunOutcome(ExitCodes.RUN_IN_PROGRESS, "another FuelWatch run holds the lock on "
                        + options.output().toAbsolutePath() + "; not starting a second one", null, null);
            }
            if (dbLock == null) {
                return new RunOutcome(ExitCodes.RUN_IN_PROGRESS, "another FuelWatch run is using the database; "
                        + "not starting a second one", null, null);
            }
            return launchLocked(options);
        } catch (ConfigurationException | TemplateException e) {
            return new RunOutcome(ExitCodes.CONFIGURATION, e.getMessage(), null, null);
        } catch (Exception e) {
            log.debug("the run failed", e);
            return new RunOutcome(ExitCodes.FAILURE, "the run failed: " + PlainCause.of(e), null, null);
        }
    }

    private RunOutcome launchLocked(RunOptions options) throws Exception {
        String fingerprint = InputFingerprint.of(options.input(), templates, properties);
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(JobParameterNames.INPUT, options.input().toAbsolutePath().normalize().toString())
                .addString(JobParameterNames.OUTPUT, options.output().toAbsolutePath().normalize().toString())
                .addString(JobParameterNames.FINGERPRINT, fingerprint);
        if (options.asOf() != null) {
            builder.addString(JobParameterNames.AS_OF, options.asOf().toString());
        }
        JobParameters parameters = builder.toJobParameters();

        JobExecution last = jobRepository.getLastJobExecution(briefingJob.getName(), parameters);
        if (last != null && last.getStatus().isRunning()) {
            // we hold the lock, so the process that ran it is gone (killed): mark it failed and restart it
            log.warn("run {} was left running by a process that died; recovering it to restart", last.getId());
            jobOperator.recover(last);
        } else if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            Path published = publishedBriefing(last, options.output());
            if (published != null && Files.exists(published) && upToDate(fingerprint, last, options.output())) {
                return new RunOutcome(ExitCodes.SUCCESS, "input unchanged since run " + last.getId()
                        + "; the briefing is already published: " + published.toAbsolutePath(), published, last);
            }
            // same input as a run before, but its briefing is gone, was replaced since, or its stale-data notice is
            // out of date: make it again
            parameters = builder.addLong("rerun", System.currentTimeMillis()).toJobParameters();
        }
        JobExecution execution = jobOperator.start(briefingJob, parameters);
        return outcome(execution, options.output());
    }

    private static Path publishedBriefing(JobExecution execution, Path output) {
        var context = execution.getExecutionContext();
        if (!context.containsKey(RunContext.AS_OF_KEY)) {
            return null;
        }
        return new RunContext(null, output, LocalDate.parse(context.getString(RunContext.AS_OF_KEY)))
                .publishedBriefing();
    }

    /**
     * Whether the briefing published for the run's as-of date was made from exactly this input and still tells the
     * truth about the age of the data: a briefing that called the data stale by N days is made again the next day.
     */
    private boolean upToDate(String fingerprint, JobExecution execution, Path output) {
        LocalDate asOf = RunContext.of(execution).asOf();
        if (asOf == null) {
            return false;
        }
        return new OutputFolder(output).publishedManifest(asOf)
                .filter(manifest -> fingerprint.equals(manifest.fingerprint()))
                .filter(manifest -> manifest.dataAge() != null)
                .map(manifest -> {
                    DataAge then = manifest.dataAge();
                    DataAge now = DataAge.of(then.newestData(), LocalDate.now(clock),
                            properties.figures().staleAfterDays());
                    if (now.stale()) {
                        log.warn("stale data: the newest row is from {}, {} days before today {}", now.newestData(),
                                now.days(), now.runDate());
                    }
                    return now.stale() == then.stale() && (!now.stale() || now.days() == then.days());
                })
                .orElse(false);
    }

    private static RunOutcome outcome(JobExecution execution, Path output) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            Path published = publishedBriefing(execution, output);
            return new RunOutcome(ExitCodes.SUCCESS, "briefing published: " + published.toAbsolutePath(), published,
                    execution);
        }
        List<Throwable> failures = execution.getAllFailureExceptions();
        Throwable cause = failures.isEmpty() ? null : failures.get(0);
        int code = ExitCodes.FAILURE;
        for (Throwable t : failures) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof InputFileException || c instanceof TooManyRejectsException) {
                    code = ExitCodes.BAD_INPUT;
                    cause = c;
                } else if (c instanceof TemplateException || c instanceof ConfigurationException) {
                    code = ExitCodes.CONFIGURATION;
                    cause = c;
                } else if (c instanceof DeliveryIncompleteException) {
                    code = ExitCodes.DELIVERY_INCOMPLETE;
                    cause = c;
                }
            }
        }
        if (cause != null) {
            log.debug("run {} failed", execution.getId(), cause);
        }
        String reason = cause == null ? execution.getExitStatus().getExitDescription() : PlainCause.of(cause);
        boolean deliveryFailed = execution.getStepExecutions().stream()
                .anyMatch(s -> s.getStepName().equals(DeliveryStepConfiguration.STEP)
                        && s.getStatus() == BatchStatus.FAILED);
        if (deliveryFailed) {
            // delivery comes after publishing and never undoes it
            Path published = publishedBriefing(execution, output);
            return new RunOutcome(code, "briefing published: " + published.toAbsolutePath()
                    + "; delivery incomplete (run " + execution.getId() + "): " + reason, published, execution);
        }
        if (Publisher.interrupted(output, RunContext.of(execution).asOf())) {
            return new RunOutcome(code, "run " + execution.getId() + " " + execution.getStatus()
                    + " while it switched the published files; run the same command again to complete it. Reason: "
                    + reason, null, execution);
        }
        return new RunOutcome(code, "run " + execution.getId() + " " + execution.getStatus()
                + "; no briefing was published; the last good briefing is unchanged. Reason: " + reason, null,
                execution);
    }
}
