package org.fuelwatch.figures;

import static org.fuelwatch.figures.FigureQueries.pct;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.fuelwatch.figures.Figures.CorridorSummary;
import org.fuelwatch.figures.Figures.Count;
import org.fuelwatch.figures.Figures.Period;
import org.fuelwatch.figures.Figures.Totals;
import org.fuelwatch.figures.Figures.WeeklyIncidents;
import org.fuelwatch.system.FuelWatchProperties;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The incident counts, all read from {@code incident_day} (incidents per day and corridor), which one pass over the
 * incidents fills: totals over the last 7 and 30 days and since the blockade, each corridor's summary, weekly counts.
 * Tanker counts may be unknown (NULL) on a row: they count as none destroyed.
 */
final class IncidentQueries {

    private final JdbcTemplate jdbc;
    private final FuelWatchProperties.Figures settings;

    IncidentQueries(JdbcTemplate jdbc, FuelWatchProperties.Figures settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The one pass over the incidents: everything else about incidents is read from these daily sums. */
    void fillIncidentDays(LocalDate from, LocalDate asOf) {
        jdbc.update("DELETE FROM incident_day");
        jdbc.update("""
                INSERT INTO incident_day (incident_date, corridor, incidents, tankers_destroyed, fatalities,
                    without_tanker_count)
                SELECT incident_date, corridor, COUNT(*), COALESCE(SUM(tankers_destroyed), 0),
                       COALESCE(SUM(fatalities), 0), COUNT(*) - COUNT(tankers_destroyed)
                FROM incident WHERE incident_date BETWEEN ? AND ? GROUP BY incident_date, corridor""", from, asOf);
    }

    Totals totals(LocalDate asOf) {
        return new Totals(count(new Period(asOf.minusDays(6), asOf)), count(new Period(asOf.minusDays(29), asOf)),
                count(new Period(settings.blockadeStart(), asOf)));
    }

    Count count(Period period) {
        return jdbc.queryForObject("""
                SELECT COALESCE(SUM(incidents), 0), COALESCE(SUM(tankers_destroyed), 0), COALESCE(SUM(fatalities), 0),
                       COALESCE(SUM(without_tanker_count), 0)
                FROM incident_day WHERE incident_date BETWEEN ? AND ?""",
                (rs, i) -> new Count(period, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                period.from(), period.to());
    }

    List<CorridorSummary> corridors(LocalDate asOf, Period current) {
        long baselineDays = ChronoUnit.DAYS.between(settings.baselineStart(), settings.baselineEnd()) + 1;
        return jdbc.query("""
                SELECT c.corridor, c.name, c.colour,
                       (SELECT COALESCE(SUM(volume_m3), 0) FROM supply s
                            WHERE s.corridor = c.corridor AND s.supply_date BETWEEN ? AND ?),
                       (SELECT COALESCE(SUM(volume_m3), 0) FROM supply s
                            WHERE s.corridor = c.corridor AND s.supply_date BETWEEN ? AND ?),
                       COALESCE(SUM(i.incidents), 0), COALESCE(SUM(i.tankers_destroyed), 0),
                       COALESCE(SUM(i.fatalities), 0), MAX(i.incident_date)
                FROM corridor c LEFT JOIN incident_day i ON i.corridor = c.corridor
                    AND i.incident_date BETWEEN ? AND ?
                GROUP BY c.corridor, c.name, c.colour ORDER BY c.corridor""", (rs, i) -> {
            double baseline = rs.getLong(4) / (double) baselineDays;
            double now = rs.getLong(5) / (double) settings.currentWindowDays();
            LocalDate last = rs.getObject(9, LocalDate.class);
            return new CorridorSummary(rs.getString(1), rs.getString(2), rs.getString(3), baseline, now,
                    baseline == 0 ? null : pct(now / baseline), rs.getLong(6), rs.getLong(7), rs.getLong(8), last,
                    last == null ? null : ChronoUnit.DAYS.between(last, asOf));
        }, settings.baselineStart(), settings.baselineEnd(), current.from(), current.to(), settings.blockadeStart(),
                asOf);
    }

    /** Every week since the baseline and every corridor, with zeros: weeks × corridors rows whatever the data. */
    List<WeeklyIncidents> weekly(LocalDate asOf) {
        return jdbc.query("""
                SELECT c.week_start, k.corridor, COALESCE(SUM(i.incidents), 0), COALESCE(SUM(i.tankers_destroyed), 0)
                FROM calendar_day c CROSS JOIN corridor k
                LEFT JOIN incident_day i ON i.incident_date = c.cal_date AND i.corridor = k.corridor
                WHERE c.cal_date BETWEEN ? AND ?
                GROUP BY c.week_start, k.corridor ORDER BY c.week_start, k.corridor""",
                (rs, i) -> new WeeklyIncidents(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3),
                        rs.getLong(4)), settings.baselineStart(), asOf);
    }
}
