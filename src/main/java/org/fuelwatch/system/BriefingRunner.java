package org.fuelwatch.system;

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
    private final FuelWatchProperties properties;
    private int exitCode = ExitCodes.FAILURE;

    BriefingRunner(BriefingLauncher launcher, FuelWatchProperties properties) {
        this.launcher = launcher;
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
        if (exitCode == ExitCodes.SUCCESS) {
            log.info("{}", outcome.message());
        } else {
            log.error("exit {}: {}", exitCode, outcome.message());
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
