package org.fuelwatch.figures;

import static org.fuelwatch.figures.FigureQueries.pct;

import java.time.LocalDate;
import java.util.List;

import org.fuelwatch.figures.Figures.ClaimComparison;
import org.fuelwatch.figures.Figures.Period;
import org.fuelwatch.figures.Figures.RouteShare;
import org.fuelwatch.figures.Figures.SupplyCut;
import org.fuelwatch.figures.SourceCatalogue.Cited;
import org.fuelwatch.system.FuelWatchProperties;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each reported claim beside the figure computed from the data on the same measure, over the claim's own period
 * (since the blockade began when it names none). One query: each claim's sums over its period are subqueries of it.
 */
final class ClaimQueries {

    private final JdbcTemplate jdbc;
    private final FuelWatchProperties.Figures settings;

    ClaimQueries(JdbcTemplate jdbc, FuelWatchProperties.Figures settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    List<Cited<ClaimComparison>> claims(LocalDate asOf, SupplyCut cut, RouteShare share) {
        LocalDate from = settings.blockadeStart();
        String over = "BETWEEN COALESCE(c.period_start, ?) AND COALESCE(c.period_end, ?)";
        return jdbc.query("""
                SELECT claim_id, measure, claimed_value, unit, period_start, period_end, claim_text, source,
                       source_date, source_url, basis,
                       (SELECT COALESCE(SUM(i.tankers_destroyed), 0) FROM incident_day i WHERE i.incident_date %1$s),
                       (SELECT COALESCE(SUM(s.tankers), 0) FROM supply s WHERE s.supply_date %1$s),
                       (SELECT COALESCE(SUM(s.volume_m3), 0) FROM supply s WHERE s.supply_date %1$s),
                       (SELECT COALESCE(SUM(s.volume_m3), 0) FROM supply s WHERE s.route = ? AND s.supply_date %1$s),
                       (SELECT COALESCE(SUM(s.volume_m3), 0) FROM supply s WHERE s.corridor = ? AND s.supply_date %1$s)
                FROM claim c WHERE source_date <= ? ORDER BY source_date, claim_id""".formatted(over), (rs, i) -> {
            Period period = rs.getObject(5) == null ? null
                    : new Period(rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class));
            ClaimMeasure measure = ClaimMeasure.of(rs.getString(2));
            long corridorM3 = rs.getLong(16);
            Double computed = measure == null ? null : switch (measure) {
                case SUPPLY_CUT_PCT -> cut.cutPct();
                case BOUGOUNI_SHARE_OF_CI_PCT -> period == null ? share.sharePct()
                        : corridorM3 == 0 ? 0 : pct(rs.getLong(15) / (double) corridorM3);
                case TANKERS_DESTROYED -> (double) rs.getLong(12);
                case TANKERS_DELIVERED -> (double) rs.getLong(13);
                case VOLUME_DELIVERED_M3 -> (double) rs.getLong(14);
                case BASELINE_TANKERS_PER_MONTH -> cut.baselineTankersPerDay() * 30;
            };
            String computedOver = measure == null ? "not computed: FuelWatch has no figure for this measure"
                    : measure.describeWindow(period != null ? period : new Period(from, asOf), cut, share);
            return new Cited<>(new ClaimComparison(rs.getString(1), rs.getString(2), rs.getDouble(3),
                    rs.getString(4), period, rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class),
                    rs.getString(10), rs.getString(11), computed, computedOver, null),
                    TimelineQueries.citation(rs, 8, 10, 9));
        }, from, asOf, from, asOf, from, asOf, settings.shareRoute(), from, asOf, settings.shareCorridor(), from, asOf,
                asOf);
    }
}
