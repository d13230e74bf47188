package org.fuelwatch.figures;

import static org.fuelwatch.figures.FigureQueries.pct;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fuelwatch.figures.Figures.CorridorDailySupply;
import org.fuelwatch.figures.Figures.DailySupply;
import org.fuelwatch.figures.Figures.Period;
import org.fuelwatch.figures.Figures.RouteDailySupply;
import org.fuelwatch.figures.Figures.RouteShare;
import org.fuelwatch.figures.Figures.RouteVolume;
import org.fuelwatch.figures.Figures.SupplyCut;
import org.fuelwatch.system.FuelWatchProperties;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The supply figures: fuel per calendar day (all routes, per corridor, per route) from the baseline to the as-of
 * date, the cut against the baseline, and the routes' shares. Every list has one row per day and corridor or route.
 */
final class SupplyQueries {

    private final JdbcTemplate jdbc;
    private final FuelWatchProperties.Figures settings;

    SupplyQueries(JdbcTemplate jdbc, FuelWatchProperties.Figures settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Each route's trailing mean of fuel per calendar day (zero on days without rows), where the window is full. */
    List<RouteDailySupply> routeDaily(LocalDate asOf) {
        int n = settings.worstWindowDays();
        return jdbc.query("""
                SELECT d.cal_date, r.route, r.corridor, r.name,
                       AVG(d.volume * 1.0) OVER (PARTITION BY r.route ORDER BY d.cal_date
                           ROWS BETWEEN %d PRECEDING AND CURRENT ROW),
                       COUNT(*) OVER (PARTITION BY r.route ORDER BY d.cal_date
                           ROWS BETWEEN %d PRECEDING AND CURRENT ROW)
                FROM (SELECT c.cal_date, k.route, COALESCE(SUM(s.volume_m3), 0) AS volume
                      FROM calendar_day c CROSS JOIN route k
                      LEFT JOIN supply s ON s.supply_date = c.cal_date AND s.route = k.route
                      WHERE c.cal_date BETWEEN ? AND ? GROUP BY c.cal_date, k.route) AS d
                JOIN route r ON r.route = d.route
                ORDER BY r.corridor, r.route, d.cal_date""".formatted(n - 1, n - 1),
                (rs, i) -> rs.getInt(6) == n ? new RouteDailySupply(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getDouble(5)) : null,
                settings.baselineStart(), asOf).stream().filter(Objects::nonNull).toList();
    }

    /** Each corridor's fuel per calendar day (zero on days without rows), with its trailing mean. */
    List<CorridorDailySupply> corridorDaily(LocalDate asOf) {
        int n = settings.worstWindowDays();
        return jdbc.query("""
                SELECT cal_date, corridor, volume,
                       AVG(volume * 1.0) OVER (PARTITION BY corridor ORDER BY cal_date
                           ROWS BETWEEN %d PRECEDING AND CURRENT ROW),
                       COUNT(*) OVER (PARTITION BY corridor ORDER BY cal_date ROWS BETWEEN %d PRECEDING AND CURRENT ROW)
                FROM (SELECT c.cal_date, k.corridor, COALESCE(SUM(s.volume_m3), 0) AS volume
                      FROM calendar_day c CROSS JOIN corridor k
                      LEFT JOIN supply s ON s.supply_date = c.cal_date AND s.corridor = k.corridor
                      WHERE c.cal_date BETWEEN ? AND ? GROUP BY c.cal_date, k.corridor) AS d
                ORDER BY corridor, cal_date""".formatted(n - 1, n - 1),
                (rs, i) -> new CorridorDailySupply(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3),
                        rs.getInt(5) == n ? rs.getDouble(4) : null),
                settings.baselineStart(), asOf);
    }

    List<DailySupply> daily(LocalDate asOf) {
        int n = settings.worstWindowDays();
        String sql = """
                SELECT c.cal_date, COALESCE(SUM(s.volume_m3), 0) AS volume, COALESCE(SUM(s.tankers), 0) AS tankers
                FROM calendar_day c LEFT JOIN supply s ON s.supply_date = c.cal_date
                WHERE c.cal_date BETWEEN ? AND ?
                GROUP BY c.cal_date ORDER BY c.cal_date""";
        List<long[]> rows = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        jdbc.query(sql, rs -> {
            days.add(rs.getObject(1, LocalDate.class));
            rows.add(new long[] {rs.getLong(2), rs.getLong(3)});
        }, settings.baselineStart(), asOf);
        // the trailing mean is a window function in SQL on the same calendar rows
        String meanSql = """
                SELECT cal_date, AVG(volume * 1.0) OVER (ORDER BY cal_date ROWS BETWEEN %d PRECEDING AND CURRENT ROW),
                       COUNT(*) OVER (ORDER BY cal_date ROWS BETWEEN %d PRECEDING AND CURRENT ROW)
                FROM (SELECT c.cal_date, COALESCE(SUM(s.volume_m3), 0) AS volume
                      FROM calendar_day c LEFT JOIN supply s ON s.supply_date = c.cal_date
                      WHERE c.cal_date BETWEEN ? AND ? GROUP BY c.cal_date) AS d
                ORDER BY cal_date""".formatted(n - 1, n - 1);
        Map<LocalDate, Double> means = new LinkedHashMap<>();
        jdbc.query(meanSql, rs -> {
            if (rs.getInt(3) == n) {
                means.put(rs.getObject(1, LocalDate.class), rs.getDouble(2));
            }
        }, settings.baselineStart(), asOf);
        List<DailySupply> result = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            result.add(new DailySupply(days.get(i), rows.get(i)[0], rows.get(i)[1], means.get(days.get(i))));
        }
        return result;
    }

    SupplyCut supplyCut(List<DailySupply> daily, Period current) {
        double[] baseline = jdbc.queryForObject("""
                SELECT AVG(volume * 1.0), AVG(tankers * 1.0) FROM (
                    SELECT c.cal_date, COALESCE(SUM(s.volume_m3), 0) AS volume, COALESCE(SUM(s.tankers), 0) AS tankers
                    FROM calendar_day c LEFT JOIN supply s ON s.supply_date = c.cal_date
                    WHERE c.cal_date BETWEEN ? AND ? GROUP BY c.cal_date) AS b""",
                (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)},
                settings.baselineStart(), settings.baselineEnd());
        // the worst window must lie wholly inside the blockade: its last day is at least n-1 days after the start
        LocalDate firstWindowEnd = settings.blockadeStart().plusDays(settings.worstWindowDays() - 1L);
        DailySupply worst = daily.stream()
                .filter(d -> d.trailingMeanM3() != null && !d.date().isBefore(firstWindowEnd))
                .min((a, b) -> Double.compare(a.trailingMeanM3(), b.trailingMeanM3()))
                .orElseThrow(() -> new IllegalStateException("no supply data after the blockade start "
                        + settings.blockadeStart() + " to find its worst " + settings.worstWindowDays() + " days"));
        double currentMean = daily.stream().filter(d -> !d.date().isBefore(current.from()))
                .mapToLong(DailySupply::volumeM3).sum() / (double) settings.currentWindowDays();
        double base = baseline[0];
        return new SupplyCut(base, baseline[1], worst.trailingMeanM3(),
                new Period(worst.date().minusDays(settings.worstWindowDays() - 1L), worst.date()),
                pct(1 - worst.trailingMeanM3() / base), currentMean, pct(currentMean / base));
    }

    RouteShare routeShare(Period period) {
        return jdbc.queryForObject("""
                SELECT c.corridor, c.name, r.route, r.name,
                       (SELECT COALESCE(SUM(volume_m3), 0) FROM supply WHERE route = r.route
                            AND supply_date BETWEEN ? AND ?),
                       (SELECT COALESCE(SUM(volume_m3), 0) FROM supply WHERE corridor = c.corridor
                            AND supply_date BETWEEN ? AND ?)
                FROM route r JOIN corridor c ON c.corridor = r.corridor
                WHERE r.route = ? AND c.corridor = ?""",
                (rs, i) -> new RouteShare(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), period,
                        rs.getLong(5), rs.getLong(6), rs.getLong(6) == 0 ? 0 : pct(rs.getLong(5) / (double) rs.getLong(6))),
                period.from(), period.to(), period.from(), period.to(), settings.shareRoute(), settings.shareCorridor());
    }

    List<RouteVolume> routes(Period period) {
        return jdbc.query("""
                SELECT r.route, r.corridor, r.name, v.volume, cv.volume, t.volume
                FROM route r
                JOIN (SELECT route, SUM(volume_m3) AS volume FROM supply WHERE supply_date BETWEEN ? AND ?
                      GROUP BY route) v ON v.route = r.route
                JOIN (SELECT corridor, SUM(volume_m3) AS volume FROM supply WHERE supply_date BETWEEN ? AND ?
                      GROUP BY corridor) cv ON cv.corridor = r.corridor
                CROSS JOIN (SELECT SUM(volume_m3) AS volume FROM supply WHERE supply_date BETWEEN ? AND ?) t
                ORDER BY r.corridor, v.volume DESC""",
                (rs, i) -> new RouteVolume(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5) == 0 ? 0 : pct(rs.getLong(4) / (double) rs.getLong(5)),
                        rs.getLong(6) == 0 ? 0 : pct(rs.getLong(4) / (double) rs.getLong(6))),
                period.from(), period.to(), period.from(), period.to(), period.from(), period.to());
    }
}
