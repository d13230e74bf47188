package org.fuelwatch.run;

import org.fuelwatch.system.ConfigurationException;
import org.fuelwatch.system.RunContext;
import org.fuelwatch.system.FuelWatchProperties;
import org.fuelwatch.acled.AcledMatches;
import org.fuelwatch.ingest.IngestFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Runs one briefing when the application starts and hands its exit code to {@code SpringApplication.exit}; with
 * {@code --schedule}, starts a briefing at each time of {@code fuelwatch.schedule.cron} instead, until the process is
 * stopped.
 */
@Component
@ConditionalOnBooleanProperty(name = "fuelwatch.run-on-startup", matchIfMissing = true)
public class BriefingRunner implements ApplicationRunner, ExitCodeGenerator, DisposableBean {

    /** The command-line option that keeps the process running on the schedule. */
    static final String SCHEDULE_OPTION = "schedule";

    private static final Logger log = LoggerFactory.getLogger(BriefingRunner.class);

    private final BriefingLauncher launcher;
    private final IngestFiles ingestFiles;
    private final FuelWatchProperties properties;
    private final AcledMatches acledMatches;
    private int exitCode = ExitCodes.FAILURE;
    private ScheduledRuns schedule;

    BriefingRunner(BriefingLauncher launcher, IngestFiles ingestFiles, FuelWatchProperties properties,
            AcledMatches acledMatches) {
        this.launcher = launcher;
        this.ingestFiles = ingestFiles;
        this.properties = properties;
        this.acledMatches = acledMatches;
    }

    @Override
    public void run(ApplicationArguments args) {
        RunOptions options;
        try {
            options = RunOptions.from(args, properties);
            if (args.containsOption(SCHEDULE_OPTION)) {
                if (options.asOf() != null) {
                    throw new ConfigurationException("--as-of cannot be used with --schedule: each "
                            + "scheduled run briefs the latest date in the data");
                }
                schedule = ScheduledRuns.start(properties.schedule().cron(), properties.schedule().zone(),
                        () -> runOnce(options));
                exitCode = ExitCodes.SUCCESS;
                return;
            }
        } catch (ConfigurationException e) {
            report(new RunOutcome(ExitCodes.CONFIGURATION, e.getMessage(), null, null));
            return;
        }
        runOnce(options);
    }

    private void runOnce(RunOptions options) {
        report(launcher.launch(options));
    }

    private void report(RunOutcome outcome) {
        exitCode = outcome.exitCode();
        RunContext run = outcome.execution() == null ? null : RunContext.of(outcome.execution());
        String summary = RunSummary.of(outcome, RunSummary.files(ingestFiles, outcome), run)
                + RunSummary.acled(RunSummary.files(ingestFiles, outcome), acledMatches.perFile());
        if (exitCode == ExitCodes.SUCCESS) {
            log.info("{}", summary);
        } else {
            log.error("exit {}: {}", exitCode, summary);
        }
    }

    /** True when a schedule keeps the process running after start-up. */
    public boolean scheduling() {
        return schedule != null;
    }

    @Override
    public void destroy() {
        if (schedule != null) {
            schedule.close();
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
