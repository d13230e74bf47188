package org.fuelwatch;

import org.fuelwatch.system.ConfigurationException;
import java.sql.SQLException;

import org.fuelwatch.run.BriefingRunner;
import org.fuelwatch.run.ExitCodes;
import org.fuelwatch.run.PlainCause;
import org.fuelwatch.run.RunOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * FuelWatch: turns incident and supply CSVs into a PDF briefing on a fuel blockade.
 * The process exits with the code of the briefing run (0 when a briefing was published); with {@code --schedule} it
 * keeps running and starts a briefing at each time of the schedule.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FuelWatchApplication {

    /** H2's error code when another process has the database file open. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private static final Logger log = LoggerFactory.getLogger(FuelWatchApplication.class);

    public static void main(String[] args) {
        ConfigurableApplicationContext context;
        try {
            context = SpringApplication.run(FuelWatchApplication.class, args);
        } catch (RuntimeException e) {
            if (databaseInUse(e)) {
                System.err.println("FuelWatch: the database is in use by another FuelWatch process (a run in "
                        + "progress, or one started with --schedule); not starting a second one.");
                System.exit(ExitCodes.RUN_IN_PROGRESS);
            }
            ConfigurationException wrongSetting = configurationError(e);
            if (wrongSetting != null) {
                System.err.println("FuelWatch: " + wrongSetting.getMessage());
                System.exit(ExitCodes.CONFIGURATION);
            }
            log.debug("FuelWatch could not start", e);
            System.err.println("FuelWatch could not start: " + PlainCause.of(e)
                    + " (the log at debug level, --logging.level.org.fuelwatch=debug, has the details)");
            System.exit(ExitCodes.FAILURE);
            return;
        }
        BriefingRunner runner = context.getBeanProvider(BriefingRunner.class).getIfAvailable();
        if (runner != null && runner.scheduling()) {
            return; // the schedule's thread keeps the process alive until it is stopped
        }
        System.exit(SpringApplication.exit(context));
    }

    private static ConfigurationException configurationError(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConfigurationException e) {
                return e;
            }
        }
        return null;
    }

    private static boolean databaseInUse(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }
}
