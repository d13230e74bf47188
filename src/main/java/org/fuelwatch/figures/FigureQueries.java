package org.fuelwatch.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.fuelwatch.figures.Figures.ClaimComparison;
import org.fuelwatch.figures.Figures.DailySupply;
import org.fuelwatch.figures.Figures.Definitions;
import org.fuelwatch.figures.Figures.FileCount;
import org.fuelwatch.figures.Figures.Period;
import org.fuelwatch.figures.Figures.Profile;
import org.fuelwatch.figures.Figures.ProfileEntry;
import org.fuelwatch.figures.Figures.RouteShare;
import org.fuelwatch.figures.Figures.SupplyCut;
import org.fuelwatch.figures.Figures.TimelineEntry;
import org.fuelwatch.figures.SourceCatalogue.Citation;
import org.fuelwatch.figures.SourceCatalogue.Cited;
import org.fuelwatch.system.FuelWatchProperties;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures of the briefing, as SQL over the ingested tables: supply ({@link SupplyQueries}), incident counts
 * ({@link IncidentQueries}), the dated lists ({@link TimelineQueries}), claims ({@link ClaimQueries}) and the map
 * ({@link MapQueries}), with the sources numbered once over every list ({@link SourceCatalogue}). Each figure is one
 * aggregate query (or a few) whatever the number of rows. Portable SQL (H2 and PostgreSQL): days and weeks come from
 * the calendar_day table, so no dialect date functions are needed.
 */
class FigureQueries {

    /** Whose career the briefing profiles when no other person is configured. */
    public static final String DEFAULT_COMMANDER = "Famouké Camara";

    private final JdbcTemplate jdbc;
    private final FuelWatchProperties.Figures settings;
    private final Clock clock;
    private final String commander;
    private final SupplyQueries supply;
    private final IncidentQueries incidents;
    private final TimelineQueries lists;

    /** @param clock today for the run, against which the age of the data is judged */
    public FigureQueries(JdbcTemplate jdbc, FuelWatchProperties.Figures settings, Clock clock) {
        this(jdbc, settings, clock, DEFAULT_COMMANDER);
    }

    public FigureQueries(JdbcTemplate jdbc, FuelWatchProperties.Figures settings, Clock clock, String commander) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.commander = commander;
        this.supply = new SupplyQueries(jdbc, settings);
        this.incidents = new IncidentQueries(jdbc, settings);
        this.lists = new TimelineQueries(jdbc, settings);
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
        incidents.fillIncidentDays(windowStart, asOf);

        Period current = new Period(asOf.minusDays(settings.currentWindowDays() - 1L), asOf);
        Definitions definitions = new Definitions(new Period(settings.baselineStart(), settings.baselineEnd()),
                settings.blockadeStart(), settings.worstWindowDays(), settings.currentWindowDays(), current,
                settings.shareCorridor(), settings.shareRoute());
        List<DailySupply> daily = supply.daily(asOf);
        SupplyCut cut = supply.supplyCut(daily, current);
        Period blockade = new Period(settings.blockadeStart(), asOf);
        RouteShare share = supply.routeShare(blockade);

        List<Cited<TimelineEntry>> timeline = lists.timeline(asOf);
        List<Cited<TimelineEntry>> recent = lists.recentIncidents(asOf);
        List<Cited<ClaimComparison>> claims = new ClaimQueries(jdbc, settings).claims(asOf, cut, share);
        List<Cited<ProfileEntry>> career = lists.career(commander, asOf);
        List<Citation> cited = new ArrayList<>();
        for (List<? extends Cited<?>> list : List.of(timeline, recent, claims, career)) {
            list.forEach(c -> cited.add(c.citation()));
        }
        SourceCatalogue sources = SourceCatalogue.of(cited);
        List<TimelineEntry> numberedTimeline = numbered(timeline, sources, TimelineEntry::withSourceNumber);
        List<ProfileEntry> numberedCareer = numbered(career, sources, ProfileEntry::withSourceNumber);
        ProfileEntry appointment = numberedCareer.stream().filter(e -> e.category().equals("appointment"))
                .reduce((a, b) -> b).orElse(null);

        DataAge age = DataAge.of(latestDate(), LocalDate.now(clock), settings.staleAfterDays());
        boolean attacksByWeek = incidents.count(new Period(settings.baselineStart(), asOf)).incidents()
                > settings.aggregateAbove();
        return new Figures(asOf, new Period(first, asOf), age, definitions, cut, share, incidents.totals(asOf), daily,
                incidents.corridors(asOf, current), supply.routes(blockade), incidents.weekly(asOf),
                numbered(claims, sources, ClaimComparison::withSourceNumber), numberedTimeline,
                numbered(recent, sources, TimelineEntry::withSourceNumber), sources.notes(), files(run),
                new MapQueries(jdbc).map(blockade, settings.aggregateAbove(), settings.mapCellDegrees()),
                supply.corridorDaily(asOf), new Profile(commander, appointment, numberedCareer),
                supply.routeDaily(asOf), KeyDates.of(numberedTimeline), attacksByWeek, null, null,
                new MapQueries(jdbc).arabicNames());
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

    private static <T> List<T> numbered(List<Cited<T>> rows, SourceCatalogue sources,
            BiFunction<T, Integer, T> number) {
        return rows.stream().map(c -> number.apply(c.row(), sources.number(c.citation()))).toList();
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
}
