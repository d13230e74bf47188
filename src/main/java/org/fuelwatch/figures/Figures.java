package org.fuelwatch.figures;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the briefing shows, computed from the ingested data by {@link FigureQueries} and stored as JSON between
 * steps. The chart and briefing steps read this and compute nothing of their own.
 */
public record Figures(
        LocalDate asOf,
        Period data,
        DataAge dataAge,
        Definitions definitions,
        SupplyCut supplyCut,
        RouteShare routeShare,
        Totals totals,
        List<DailySupply> daily,
        List<CorridorSummary> corridors,
        List<RouteVolume> routes,
        List<WeeklyIncidents> weekly,
        List<ClaimComparison> claims,
        List<TimelineEntry> timeline,
        List<TimelineEntry> recentIncidents,
        List<SourceNote> sources,
        List<FileCount> files,
        MapLayers map,
        List<CorridorDailySupply> corridorDaily,
        Profile commander,
        List<RouteDailySupply> routeDaily) {

    /** An inclusive range of dates. */
    public record Period(LocalDate from, LocalDate to) {
    }

    /** The windows the figures are computed over, as configured; the method section states them. */
    public record Definitions(Period baseline, LocalDate blockadeStart, int worstWindowDays, int currentWindowDays,
            Period current, String shareCorridor, String shareRoute) {
    }

    /** Daily fuel reaching Bamako (all routes) against the baseline, at the worst of the blockade and now. */
    public record SupplyCut(double baselineM3PerDay, double baselineTankersPerDay, double worstM3PerDay,
            Period worstWindow, double cutPct, double currentM3PerDay, double currentPctOfBaseline) {
    }

    /** One route's share of one corridor's fuel over the blockade period. */
    public record RouteShare(String corridor, String corridorName, String route, String routeName, Period period,
            long routeM3, long corridorM3, double sharePct) {
    }

    /** Incidents and tankers destroyed over the last 7 and 30 days and since the blockade began. */
    public record Totals(Count last7Days, Count last30Days, Count sinceBlockade) {
    }

    /** Incidents, tankers destroyed and deaths over one period. */
    public record Count(Period period, long incidents, long tankersDestroyed, long fatalities) {
    }

    /** Total fuel reaching Bamako on one day, with the trailing mean used for the worst window. */
    public record DailySupply(LocalDate date, long volumeM3, long tankers, Double trailingMeanM3) {
    }

    /** One corridor: supply now against its baseline, and the attacks on it since the blockade began. */
    public record CorridorSummary(String corridor, String name, String colour, double baselineM3PerDay,
            double currentM3PerDay, Double pctOfBaseline, long incidents, long tankersDestroyed, long fatalities,
            LocalDate lastAttack, Long daysSinceLastAttack) {
    }

    /** Fuel by one route over the blockade period, and its share of its corridor and of all fuel. */
    public record RouteVolume(String route, String corridor, String name, long volumeM3, double shareOfCorridorPct,
            double shareOfTotalPct) {
    }

    /** Incidents and tankers destroyed on one corridor in one week (weeks start on Monday). */
    public record WeeklyIncidents(LocalDate weekStart, String corridor, long incidents, long tankersDestroyed) {
    }

    /** A reported claim beside the figure computed from the data on the same measure. */
    public record ClaimComparison(String claimId, String measure, double claimedValue, String unit, Period period,
            String claimText, String source, LocalDate sourceDate, String sourceUrl, String basis,
            Double computedValue, String computedOver, Integer sourceNumber) {

        public Double difference() {
            return computedValue == null ? null : computedValue - claimedValue;
        }
    }

    /** One line of the chronological timeline: an event or an incident. */
    public record TimelineEntry(LocalDate date, LocalDate endDate, String kind, String category, String title,
            String detail, String corridor, Integer tankersDestroyed, String marker, Integer sourceNumber) {
    }

    /** A numbered source note. */
    public record SourceNote(int number, String source, String url) {
    }

    /**
     * What this run did with each input file: rows read, new, updated, unchanged repeats, rejected; a problem when the
     * file could not be used at all.
     */
    public record FileCount(String file, long read, long added, long updated, long duplicates, long rejected,
            String problem) {

        /** Rows of this file that are in the data: new, updated and unchanged. */
        public long ingested() {
            return added + updated + duplicates;
        }
    }

    /** What the overview map draws: country outlines, the routes through their towns, and placed incidents. */
    public record MapLayers(List<Outline> outlines, List<MapRoute> routes, List<Town> towns,
            List<MapIncident> incidents, long incidentsWithoutPlace) {
    }

    /** A point on the map in degrees. */
    public record LatLon(double lat, double lon) {
    }

    /** A simplified national border, vertices in order. */
    public record Outline(String country, List<LatLon> points) {
    }

    /** One route from its gateway to Bamako through its waypoints, in order. */
    public record MapRoute(String route, String corridor, String name, List<LatLon> points) {
    }

    /**
     * A town on one or more routes. Rank orders towns for labelling: the destination first, then towns the routes
     * name as their main stops ("via"), then gateways; 0 means a plain waypoint, not labelled.
     */
    public record Town(String name, String country, double lat, double lon, int rank) {
    }

    /** An incident since the blockade began that has coordinates. */
    public record MapIncident(String id, LocalDate date, String corridor, String location, double lat, double lon,
            int tankersDestroyed) {
    }

    /** Fuel by one corridor on one day, with its trailing mean over the worst-window length. */
    public record CorridorDailySupply(LocalDate date, String corridor, long volumeM3, Double trailingMeanM3) {
    }

    /** One route's trailing mean of fuel reaching Bamako on one day, from the first day with a full window. */
    public record RouteDailySupply(LocalDate date, String route, String corridor, String routeName,
            double trailingMeanM3) {
    }

    /** A person's dated career from the events data, and their latest appointment. */
    public record Profile(String person, ProfileEntry appointment, List<ProfileEntry> career) {
    }

    /** One dated line of a profile. */
    public record ProfileEntry(LocalDate date, LocalDate endDate, String category, String title, String description,
            String location, Integer sourceNumber) {
    }
}
