package org.fuelwatch.run;

import org.fuelwatch.system.ConfigurationException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The schedule fires on its cron, never runs twice at once, and outlives a failed run. */
class ScheduledRunsTests {

    static final String EVERY_SECOND = "* * * * * *";

    @Test
    void aRunStillGoingWhenTheNextIsDueIsNotStartedTwice() throws InterruptedException {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();

        try (ScheduledRuns ignored = ScheduledRuns.start(EVERY_SECOND, "UTC", () -> {
            started.incrementAndGet();
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(Duration.ofMillis(2500)); // longer than the interval: two due times pass during the run
            running.decrementAndGet();
        })) {
            sleep(Duration.ofMillis(6500));
        }

        assertThat(mostAtOnce).hasValue(1);
        // back to back would be 3 starts in 6.5 s; starting at every due time would be 6
        assertThat(started.get()).isBetween(2, 3);
    }

    @Test
    void aFailedRunIsLoggedAndTheScheduleGoesOn() throws InterruptedException {
        AtomicInteger started = new AtomicInteger();

        try (ScheduledRuns ignored = ScheduledRuns.start(EVERY_SECOND, "Africa/Bamako", () -> {
            started.incrementAndGet();
            throw new IllegalStateException("the disk is full");
        })) {
            sleep(Duration.ofMillis(3500));
        }

        assertThat(started.get()).isGreaterThanOrEqualTo(2);
    }

    /** SIGTERM while waiting for the next night: the process stops at once, without one more run. */
    @Test
    void stoppingWhileIdleEndsAtOnceWithoutAnotherRun() {
        AtomicInteger started = new AtomicInteger();
        ScheduledRuns runs = ScheduledRuns.start("0 0 2 * * *", "Africa/Bamako", started::incrementAndGet);

        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), runs::close);
        assertThat(started).hasValue(0);
    }

    @Test
    void aBadCronExpressionOrZoneIsAConfigurationError() {
        assertThatThrownBy(() -> ScheduledRuns.start("0 0 2 * *", "UTC", () -> { }))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("fuelwatch.schedule.cron=\"0 0 2 * *\" is not a cron expression");
        assertThatThrownBy(() -> ScheduledRuns.start("0 0 2 * * *", "Mali/Bamako", () -> { }))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("fuelwatch.schedule.zone=Mali/Bamako is not a time zone");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
