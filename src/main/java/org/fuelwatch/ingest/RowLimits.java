package org.fuelwatch.ingest;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a row's values must fit: the width of each text column, as the database's schema declares it (so that the
 * rule and the column cannot disagree), and the range of plausible dates.
 *
 * @param widths       longest text per column name, from the kind's table ({@code VARCHAR(n)})
 * @param earliestDate no date before this is accepted ({@code fuelwatch.ingest.earliest-date})
 * @param runDate      the day the run counts as today
 * @param futureDays   days after the run date still accepted, for sources a time zone ahead
 *                     ({@code fuelwatch.ingest.future-days})
 */
record RowLimits(Map<String, Integer> widths, LocalDate earliestDate, LocalDate runDate, int futureDays) {

    public RowLimits {
        widths = Map.copyOf(widths);
    }

    /** The last date accepted. */
    LocalDate latestDate() {
        return runDate.plusDays(futureDays);
    }
}
