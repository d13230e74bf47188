package org.fuelwatch.system;

import org.fuelwatch.ingest.IngestFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** Runs one briefing when the application starts, and hands its exit code to {@code SpringApplication.exit}. */
@Component
@ConditionalOnBooleanProperty(name = "fuelwatch.run-on-startup", matchIfMissing = true)
class BriefingRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(BriefingRunner.class);

    private final BriefingLauncher launcher;
    private final IngestFiles ingestFiles;
    private final FuelWatchProperties properties;
    private int exitCode = ExitCodes.FAILURE;

    BriefingRunner(BriefingLauncher launcher, IngestFiles ingestFiles, FuelWatchProperties properties) {
        this.launcher = launcher;
        this.ingestFiles = ingestFiles;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        RunOutcome outcome;
        try {
            outcome = launcher.launch(RunOptions.from(args, properties));
        } catch (RunOptions.ConfigurationException e) {
            outcome = new RunOutcome(ExitCodes.CONFIGURATION, e.getMessage(), null, null);
        }
        exitCode = outcome.exitCode();
        RunContext run = outcome.execution() == null ? null : RunContext.of(outcome.execution());
        String summary = RunSummary.of(outcome, RunSummary.files(ingestFiles, outcome), run);
        if (exitCode == ExitCodes.SUCCESS) {
            log.info("{}", summary);
        } else {
            log.error("exit {}: {}", exitCode, summary);
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
