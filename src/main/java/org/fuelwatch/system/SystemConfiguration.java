package org.fuelwatch.system;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every stage shares. */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    @Bean
    Fonts fonts() {
        return new Fonts();
    }

    /** Today for the run: the configured run date at noon, or the real clock in the schedule's time zone. */
    @Bean
    Clock clock(FuelWatchProperties properties) {
        ZoneId zone = FuelWatchProperties.Schedule.zoneId(properties.schedule().zone());
        return properties.runDate() == null ? Clock.system(zone)
                : Clock.fixed(properties.runDate().atTime(LocalTime.NOON).atZone(zone).toInstant(), zone);
    }

    /** The wording: built-in templates, each overridable by a file in {@code fuelwatch.templates}. */
    @Bean
    TemplateSource templateSource(FuelWatchProperties properties) {
        return TemplateSource.of(properties.templates());
    }

    @Bean
    Database database(DataSource dataSource) {
        return Database.of(dataSource);
    }
}
