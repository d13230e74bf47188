package org.fuelwatch.run;

import org.fuelwatch.system.ConfigurationException;
import org.fuelwatch.system.FuelWatchProperties;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Starts a task at each time of a cron expression, on one thread, until closed. The next time is worked out only
 * when a run has finished, so a run still going when the next is due is never started twice: that time is skipped.
 * A run that fails is logged and the schedule goes on.
 */
final class ScheduledRuns implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    private final ThreadPoolTaskScheduler scheduler;
    private final CronExpression cron;
    private final ZoneId zone;

    private ScheduledRuns(ThreadPoolTaskScheduler scheduler, CronExpression cron, ZoneId zone) {
        this.scheduler = scheduler;
        this.cron = cron;
        this.zone = zone;
    }

    /**
     * @throws ConfigurationException when the expression or the zone is not valid
     */
    public static ScheduledRuns start(String cronExpression, String zoneId, Runnable task) {
        CronExpression cron;
        ZoneId zone;
        try {
            cron = CronExpression.parse(cronExpression);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("fuelwatch.schedule.cron=\"" + cronExpression
                    + "\" is not a cron expression (six fields: second minute hour day-of-month month day-of-week): "
                    + e.getMessage());
        }
        zone = FuelWatchProperties.Schedule.zoneId(zoneId);
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("fuelwatch-schedule-");
        // a run in progress when the process is asked to stop may finish and publish, within reason
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(600);
        scheduler.initialize();
        // idle, a stop must not wait for the next cron time and run once more: drop the pending trigger on shutdown
        scheduler.getScheduledThreadPoolExecutor().setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        ScheduledRuns runs = new ScheduledRuns(scheduler, cron, zone);
        scheduler.schedule(() -> runs.runAndLog(task), new CronTrigger(cronExpression, zone));
        log.info("scheduled: \"{}\" in {}; first run at {}", cronExpression, zone, runs.nextRun());
        return runs;
    }

    /** The next time the schedule fires after now. */
    public ZonedDateTime nextRun() {
        return cron.next(ZonedDateTime.now(zone));
    }

    private void runAndLog(Runnable task) {
        Instant started = Instant.now();
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            log.error("the scheduled run started at {} failed; the schedule goes on", started, e);
        }
        log.info("next scheduled run at {}", nextRun());
    }

    /** Stops the schedule; a run in progress is given time to finish. */
    @Override
    public void close() {
        scheduler.shutdown();
    }
}
