package org.fuelwatch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock a test moves from day to day, for runs on successive nights; {@code @Import(SettableClock.Today.class)}. */
public final class SettableClock extends Clock {

    private volatile Instant now = Instant.EPOCH;

    /** Noon UTC of this day. */
    public void set(LocalDate day) {
        now = day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** The application's clock replaced by a settable one. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Today {

        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock();
        }
    }
}
