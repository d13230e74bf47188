package org.fuelwatch.figures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How old the newest data is on the day of the run. Nightly runs brief the latest date in the data, so when the feeds
 * stop, the briefing would quietly repeat old news; a stale briefing says so on its first page.
 *
 * @param newestData     the latest date of any supply, incident or event row
 * @param runDate        the day the run counts as today ({@code fuelwatch.run-date}, else today in the schedule's zone)
 * @param days           days from the newest data to the run date
 * @param staleAfterDays data older than this many days is stale ({@code fuelwatch.figures.stale-after-days})
 */
public record DataAge(LocalDate newestData, LocalDate runDate, long days, int staleAfterDays) {

    public static DataAge of(LocalDate newestData, LocalDate runDate, int staleAfterDays) {
        return new DataAge(newestData, runDate, ChronoUnit.DAYS.between(newestData, runDate), staleAfterDays);
    }

    public boolean stale() {
        return days > staleAfterDays;
    }
}
