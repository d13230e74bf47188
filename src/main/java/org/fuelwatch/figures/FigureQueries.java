package org.fuelwatch.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fuelwatch.figures.Figures.ClaimComparison;
import org.fuelwatch.figures.Figures.CorridorDailySupply;
import org.fuelwatch.figures.Figures.CorridorSummary;
import org.fuelwatch.figures.Figures.Count;
import org.fuelwatch.figures.Figures.DailySupply;
import org.fuelwatch.figures.Figures.Definitions;
import org.fuelwatch.figures.Figures.FileCount;
import org.fuelwatch.figures.Figures.Period;
import org.fuelwatch.figures.Figures.Profile;
import org.fuelwatch.figures.Figures.ProfileEntry;
import org.fuelwatch.figures.Figures.RouteDailySupply;
import org.fuelwatch.figures.Figures.RouteShare;
import org.fuelwatch.figures.Figures.RouteVolume;
import org.fuelwatch.figures.Figures.SourceNote;
import org.fuelwatch.figures.Figures.SupplyCut;
import org.fuelwatch.figures.Figures.TimelineEntry;
import org.fuelwatch.figures.Figures.Totals;
import org.fuelwatch.figures.Figures.WeeklyIncidents;
import org.fuelwatch.system.FuelWatchProperties;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures of the briefing, as SQL over the ingested tables. Portable SQL (H2 and PostgreSQL): days and weeks
 * come from the calendar_day table, so no dialect date functions are needed.
 */
public class FigureQueries {

    /** Whose career the briefing profiles when no other person is configured. */
    public static final String DEFAULT_COMMANDER = "Famouké Camara";

    private final JdbcTemplate jdbc;
    private final FuelWatchProperties.Figures settings;
    private final Clock clock;
    private final String commander;

    /** @param clock today for the run, against which the age of the data is judged */
    public FigureQueries(JdbcTemplate jdbc, FuelWatchProperties.Figures settings, Clock clock) {
        this(jdbc, settings, clock, DEFAULT_COMMANDER);
    }

    public FigureQueries(JdbcTemplate jdbc, FuelWatchProperties.Figures settings, Clock clock, String commander) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.commander = commander;
    }

    /** The latest date present in the data: the default as-of date. */
    public LocalDate latestDate() {
        return jdbc.queryForObject("SELECT MAX(d) FROM (SELECT MAX(supply_date) AS d FROM supply "
                + "UNION ALL SELECT MAX(incident_date) FROM incident "
                + "UNION ALL SELECT MAX(event_date) FROM timeline_event) AS latest", LocalDate.class);
    }

    /** The figures as of a date; {@code run} is the job instance whose ingest counts the data note shows. */
    public Figures compute(LocalDate asOf, long run) {
        LocalDate first = jdbc.queryForObject("SELECT MIN(d) FROM (SELECT MIN(supply_date) AS d FROM supply "
                + "UNION ALL SELECT MIN(incident_date) FROM incident) AS earliest", LocalDate.class);
        if (first == null) {
            throw new IllegalStateException("no supply or incident rows were ingested: nothing to brief on");
        }
        LocalDate windowStart = windowStart(asOf);
        CalendarTable.fill(jdbc, windowStart, asOf);
        fillIncidentDays(windowStart, asOf);

        Period current = new Period(asOf.minusDays(settings.currentWindowDays() - 1L), asOf);
        Definitions definitions = new Definitions(new Period(settings.baselineStart(), settings.baselineEnd()),
                settings.blockadeStart(), settings.worstWindowDays(), settings.currentWindowDays(), current,
                settings.shareCorridor(), settings.shareRoute());
        List<DailySupply> daily = daily(asOf);
        SupplyCut cut = supplyCut(daily, current);
        Period blockade = new Period(settings.blockadeStart(), asOf);
        RouteShare share = routeShare(blockade);
        SourceCatalogue sources = sources(asOf);
        List<TimelineEntry> timeline = timeline(asOf, sources);
        List<ClaimComparison> claims = claims(asOf, cut, share, sources);
        List<TimelineEntry> recent = recentIncidents(asOf, sources);
        DataAge age = DataAge.of(latestDate(), LocalDate.now(clock), settings.staleAfterDays());
        return new Figures(asOf, new Period(first, asOf), age, definitions, cut, share, totals(asOf), daily,
                corridors(asOf, current), routes(blockade), weekly(asOf), claims, timeline, recent, sources.notes(),
                files(run), new MapQueries(jdbc).map(blockade), corridorDaily(asOf), profile(asOf, sources),
                routeDaily(asOf));
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

    /**
     * The earliest day any figure reads: the baseline, the blockade and the last 30 days all start on or after it.
     * The calendar and the incident days are filled from here only, so a long history before it costs nothing.
     */
    LocalDate windowStart(LocalDate asOf) {
        LocalDate start = asOf.minusDays(29);
        for (LocalDate day : List.of(settings.baselineStart(), settings.blockadeStart())) {
            start = day.isBefore(start) ? day : start;
        }
        return start;
    }

    /** The one pass over the incidents: everything else about incidents is read from these daily sums. */
    private void fillIncidentDays(LocalDate from, LocalDate asOf) {
        jdbc.update("DELETE FROM incident_day");
        jdbc.update("""
                INSERT INTO incident_day (incident_date, corridor, incidents, tankers_destroyed, fatalities)
                SELECT incident_date, corridor, COUNT(*), SUM(tankers_destroyed), COALESCE(SUM(fatalities), 0)
                FROM incident WHERE incident_date BETWEEN ? AND ? GROUP BY incident_date, corridor""", from, asOf);
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

    /** The configured commander's dated career up to the as-of date, and the latest appointment in it. */
    Profile profile(LocalDate asOf, SourceCatalogue sources) {
        List<ProfileEntry> career = jdbc.query("""
                SELECT event_date, end_date, category, title, description, location, source, source_url
                FROM timeline_event WHERE person = ? AND event_date <= ?
                ORDER BY event_date, event_id""",
                (rs, i) -> new ProfileEntry(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        sources.number(rs.getString(7), rs.getString(8))),
                commander, asOf);
        ProfileEntry appointment = career.stream().filter(e -> e.category().equals("appointment"))
                .reduce((a, b) -> b).orElse(null);
        return new Profile(commander, appointment, career);
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

    Totals totals(LocalDate asOf) {
        return new Totals(count(new Period(asOf.minusDays(6), asOf)), count(new Period(asOf.minusDays(29), asOf)),
                count(new Period(settings.blockadeStart(), asOf)));
    }

    Count count(Period period) {
        return jdbc.queryForObject("""
                SELECT COALESCE(SUM(incidents), 0), COALESCE(SUM(tankers_destroyed), 0), COALESCE(SUM(fatalities), 0)
                FROM incident_day WHERE incident_date BETWEEN ? AND ?""",
                (rs, i) -> new Count(period, rs.getLong(1), rs.getLong(2), rs.getLong(3)), period.from(), period.to());
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

    List<WeeklyIncidents> weekly(LocalDate asOf) {
        return jdbc.query("""
                SELECT c.week_start, i.corridor, SUM(i.incidents), SUM(i.tankers_destroyed)
                FROM incident_day i JOIN calendar_day c ON c.cal_date = i.incident_date
                WHERE i.incident_date BETWEEN ? AND ?
                GROUP BY c.week_start, i.corridor ORDER BY c.week_start, i.corridor""",
                (rs, i) -> new WeeklyIncidents(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3),
                        rs.getLong(4)), settings.baselineStart(), asOf);
    }

    List<TimelineEntry> timeline(LocalDate asOf, SourceCatalogue sources) {
        return jdbc.query("""
                SELECT d, end_d, kind, category, title, detail, corridor, destroyed, marker, source, source_url
                FROM (SELECT event_date AS d, end_date AS end_d, 'event' AS kind, category, title,
                             description AS detail, CAST(NULL AS VARCHAR(16)) AS corridor,
                             CAST(NULL AS INTEGER) AS destroyed, marker, source, source_url, event_id AS id
                      FROM timeline_event WHERE event_date BETWEEN ? AND ? AND category <> 'biography'
                      UNION ALL
                      SELECT * FROM (SELECT * FROM (
                          SELECT incident_date, CAST(NULL AS DATE) AS end_d, 'incident' AS kind, type, location,
                                 notes, corridor, tankers_destroyed, CAST(NULL AS VARCHAR(40)) AS marker, source,
                                 source_url, incident_id
                          FROM incident WHERE incident_date BETWEEN ? AND ?
                          ORDER BY tankers_destroyed DESC, incident_date DESC
                          FETCH FIRST %d ROWS WITH TIES) AS tied
                      ORDER BY tankers_destroyed DESC, incident_date DESC, incident_id
                      FETCH FIRST %d ROWS ONLY) AS worst) AS t
                ORDER BY d, kind, id""".formatted(settings.timelineIncidents(), settings.timelineIncidents()),
                (rs, i) -> new TimelineEntry(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        (Integer) rs.getObject(8), rs.getString(9), sources.number(rs.getString(10), rs.getString(11))),
                settings.baselineStart(), asOf, settings.baselineStart(), asOf);
    }

    List<TimelineEntry> recentIncidents(LocalDate asOf, SourceCatalogue sources) {
        return jdbc.query("""
                SELECT * FROM (
                    SELECT incident_date, type, location, notes, corridor, tankers_destroyed, source, source_url,
                           incident_id
                    FROM incident WHERE incident_date <= ?
                    ORDER BY incident_date DESC FETCH FIRST %d ROWS WITH TIES) AS recent
                ORDER BY incident_date DESC, incident_id DESC FETCH FIRST %d ROWS ONLY"""
                .formatted(settings.recentIncidents(), settings.recentIncidents()),
                (rs, i) -> new TimelineEntry(rs.getObject(1, LocalDate.class), null, "incident", rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), null,
                        sources.number(rs.getString(7), rs.getString(8))), asOf);
    }

    List<ClaimComparison> claims(LocalDate asOf, SupplyCut cut, RouteShare share, SourceCatalogue sources) {
        return jdbc.query("""
                SELECT claim_id, measure, claimed_value, unit, period_start, period_end, claim_text, source,
                       source_date, source_url, basis
                FROM claim WHERE source_date <= ? ORDER BY source_date, claim_id""", (rs, i) -> {
            Period period = rs.getObject(5) == null ? null
                    : new Period(rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class));
            ClaimMeasure measure = ClaimMeasure.of(rs.getString(2));
            Period over = period != null ? period : new Period(settings.blockadeStart(), asOf);
            Double computed = measure == null ? null : switch (measure) {
                case SUPPLY_CUT_PCT -> cut.cutPct();
                case BOUGOUNI_SHARE_OF_CI_PCT -> period == null ? share.sharePct() : routeShare(period).sharePct();
                case TANKERS_DESTROYED -> (double) count(over).tankersDestroyed();
                case TANKERS_DELIVERED -> sumSupply("tankers", over);
                case VOLUME_DELIVERED_M3 -> sumSupply("volume_m3", over);
                case BASELINE_TANKERS_PER_MONTH -> cut.baselineTankersPerDay() * 30;
            };
            String computedOver = measure == null ? "not computed: FuelWatch has no figure for this measure"
                    : measure.describeWindow(over, cut, share);
            return new ClaimComparison(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getString(4), period,
                    rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class), rs.getString(10),
                    rs.getString(11), computed, computedOver, sources.number(rs.getString(8), rs.getString(10)));
        }, asOf);
    }

    private double sumSupply(String column, Period period) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(" + column + "), 0) FROM supply WHERE supply_date BETWEEN ? AND ?",
                Double.class, period.from(), period.to());
    }

    List<FileCount> files(long run) {
        return jdbc.query("""
                SELECT source_file, rows_read, rows_new, rows_updated, rows_duplicate, rows_rejected, problem
                FROM ingest_file WHERE ingest_run = ? ORDER BY source_file""",
                (rs, i) -> new FileCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getString(7)), run);
    }

    static double pct(double fraction) {
        return fraction * 100.0;
    }

    /**
     * Numbers every source the briefing cites, in the order of the earliest dated row that cites it (then by name),
     * so the numbers do not depend on which table is printed first. The row sets here are the ones the timeline,
     * the claims and the profile show.
     */
    SourceCatalogue sources(LocalDate asOf) {
        SourceCatalogue catalogue = new SourceCatalogue();
        jdbc.query("""
                SELECT source, source_url, MIN(d) AS first_cited FROM (
                    SELECT source, source_url, event_date AS d FROM timeline_event
                        WHERE event_date BETWEEN ? AND ? AND category <> 'biography'
                    UNION ALL SELECT source, source_url, event_date FROM timeline_event
                        WHERE person = ? AND event_date <= ?
                    UNION ALL SELECT source, source_url, incident_date FROM incident WHERE incident_date BETWEEN ? AND ?
                    UNION ALL SELECT source, source_url, source_date FROM claim WHERE source_date <= ?) AS cited
                GROUP BY source, source_url
                ORDER BY first_cited, source, source_url""",
                rs -> {
                    catalogue.add(rs.getString(1), rs.getString(2));
                }, settings.baselineStart(), asOf, commander, asOf, settings.baselineStart(), asOf, asOf);
        return catalogue;
    }

    /** The numbered sources; a source is its name and link together. */
    static final class SourceCatalogue {
        private final Map<String, SourceNote> notes = new LinkedHashMap<>();

        private static String key(String source, String url) {
            return source + "\u0000" + (url == null ? "" : url);
        }

        void add(String source, String url) {
            notes.computeIfAbsent(key(source, url), k -> new SourceNote(notes.size() + 1, source, url));
        }

        Integer number(String source, String url) {
            if (source == null) {
                return null;
            }
            SourceNote note = notes.get(key(source, url));
            if (note == null) {
                throw new IllegalStateException("source not in the catalogue: " + source);
            }
            return note.number();
        }

        List<SourceNote> notes() {
            return List.copyOf(notes.values());
        }
    }
}
