package org.fuelwatch.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A calendar dimension (one row per day, with the Monday its week starts on). Joining against it fills days with no
 * supply rows with zero, and gives weeks without dialect-specific date functions.
 */
final class CalendarTable {

    private CalendarTable() {
    }

    static void fill(JdbcTemplate jdbc, LocalDate from, LocalDate to) {
        jdbc.update("DELETE FROM calendar_day");
        List<Object[]> rows = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            rows.add(new Object[] {day, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))});
        }
        jdbc.batchUpdate("INSERT INTO calendar_day (cal_date, week_start) VALUES (?, ?)", rows);
    }
}
