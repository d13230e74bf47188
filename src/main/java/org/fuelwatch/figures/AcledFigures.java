package org.fuelwatch.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.fuelwatch.figures.Figures.AcledRules;
import org.fuelwatch.figures.Figures.AcledUse;
import org.fuelwatch.system.FuelWatchProperties;
import org.springframework.jdbc.core.JdbcTemplate;

/** How much of the figures comes from ACLED, read from what the ACLED match step stored. */
final class AcledFigures {

    private final JdbcTemplate jdbc;
    private final FuelWatchProperties.Acled settings;

    AcledFigures(JdbcTemplate jdbc, FuelWatchProperties.Acled settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    AcledUse use(LocalDate asOf) {
        AcledRules rules = new AcledRules(settings.subEventTypes(), settings.excludedEventTypes(),
                settings.fuelWords(), settings.freightWords(), settings.precision1Km(), settings.precision2Km(),
                settings.sharedToleranceKm(), settings.mergeKm(), settings.mergeDays());
        return jdbc.queryForObject("""
                SELECT SUM(CASE WHEN merged_with IS NULL THEN 1 ELSE 0 END),
                       SUM(CASE WHEN merged_with IS NOT NULL THEN 1 ELSE 0 END),
                       SUM(CASE WHEN merged_with IS NULL AND tankers IS NOT NULL THEN 1 ELSE 0 END),
                       (SELECT MAX(t) FROM (SELECT acled_timestamp AS t FROM acled_match WHERE NOT deleted
                                            UNION ALL SELECT newest_timestamp FROM acled_match_summary
                                            WHERE NOT deleted) newest)
                FROM acled_match WHERE route IS NOT NULL AND NOT deleted AND event_date <= ?""", (rs, i) -> {
            Long newest = rs.getObject(4, Long.class);
            return new AcledUse(rs.getLong(1), rs.getLong(2), rs.getLong(3), newest == null ? null
                    : Instant.ofEpochSecond(newest).atOffset(ZoneOffset.UTC).toLocalDate(), rules);
        }, asOf);
    }
}
