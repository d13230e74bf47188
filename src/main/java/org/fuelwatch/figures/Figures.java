package org.fuelwatch.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the briefing shows, computed from the ingested data by {@link FigureQueries} and stored as JSON between
 * steps. The chart and briefing steps read this and compute nothing of their own. Its size is set by the briefing,
 * not by the data: lists run over days and corridors or routes, capped lists, the map's marks (one per grid cell
 * and corridor once there are many incidents) and the input files, so it is the same size at 10 thousand incident
 * rows as at a million.
 *
 * @param keyDates      the timeline entries numbered on the supply and timeline charts, in date order
 * @param attacksByWeek the timeline's attack lane draws the weekly counts ({@link #weekly}), one mark per week and
 *                      corridor, instead of the most destructive incidents: there are too many to draw one by one
 * @param changes       the comparison with the previous briefing in the output folder; null when there is none
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
        List<RouteDailySupply> routeDaily,
        List<TimelineEntry> keyDates,
        boolean attacksByWeek,
        FiguresComparison changes,
        AcledUse acled,
        ArabicNames arabicNames) {

    /** The same figures compared with an earlier briefing's. */
    public Figures withChanges(FiguresComparison comparison) {
        return new Figures(asOf, data, dataAge, definitions, supplyCut, routeShare, totals, daily, corridors, routes,
                weekly, claims, timeline, recentIncidents, sources, files, map, corridorDaily, commander, routeDaily,
                keyDates, attacksByWeek, comparison, acled, arabicNames);
    }

    /** These figures with the ACLED use set, computed apart from the other figures. */
    public Figures withAcled(AcledUse use) {
        return new Figures(asOf, data, dataAge, definitions, supplyCut, routeShare, totals, daily, corridors, routes,
                weekly, claims, timeline, recentIncidents, sources, files, map, corridorDaily, commander, routeDaily,
                keyDates, attacksByWeek, changes, use, arabicNames);
    }

    /**
     * How ACLED's data went into these figures, for its attribution and the method section; zero counts and no
     * date when no ACLED export was ingested.
     *
     * @param incidents ACLED events counted as incidents of their own
     * @param merged    ACLED events found to be an own incident seen again (counted once, as the own row)
     * @param derivedTankerCounts counted ACLED incidents whose tanker count was read from the notes
     * @param dataAsOf  day (UTC) of the newest timestamp of the ACLED data ingested, null when there is none
     * @param rules     the selection, matching and merging rules as configured
     */
    public record AcledUse(long incidents, long merged, long derivedTankerCounts, LocalDate dataAsOf,
            AcledRules rules) {

        public boolean used() {
            return incidents + merged > 0;
        }
    }

    /** The ACLED settings the method section states (fuelwatch.acled). */
    public record AcledRules(List<String> subEventTypes, List<String> excludedEventTypes, List<String> fuelWords,
            List<String> freightWords, double precision1Km, double precision2Km, double sharedToleranceKm,
            double mergeKm, int mergeDays) {
    }

    /**
     * The Arabic names the reference files give (their name_ar and town_ar columns), for the Arabic edition: corridors
     * and routes by code, towns by their name as written in the data, countries by code. A name without an Arabic form
     * is missing from its map.
     */
    public record ArabicNames(Map<String, String> corridors, Map<String, String> routes, Map<String, String> towns,
            Map<String, String> countries) {
    }

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

    /**
     * Incidents, tankers destroyed and deaths over one period. Tankers destroyed sums the incidents with a count;
     * {@code withoutTankerCount} says how many had none reported (ACLED events whose notes state no number).
     */
    public record Count(Period period, long incidents, long tankersDestroyed, long fatalities,
            long withoutTankerCount) {
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

        ClaimComparison withSourceNumber(Integer number) {
            return new ClaimComparison(claimId, measure, claimedValue, unit, period, claimText, source, sourceDate,
                    sourceUrl, basis, computedValue, computedOver, number);
        }

        public Double difference() {
            return computedValue == null ? null : computedValue - claimedValue;
        }
    }

    /** One line of the chronological timeline: an event or an incident. */
    public record TimelineEntry(LocalDate date, LocalDate endDate, String kind, String category, String title,
            String detail, String corridor, Integer tankersDestroyed, String marker, Integer sourceNumber,
            String acledEvents) {

        /** An entry that no ACLED event was merged into. */
        public TimelineEntry(LocalDate date, LocalDate endDate, String kind, String category, String title,
                String detail, String corridor, Integer tankersDestroyed, String marker, Integer sourceNumber) {
            this(date, endDate, kind, category, title, detail, corridor, tankersDestroyed, marker, sourceNumber, null);
        }

        TimelineEntry withSourceNumber(Integer number) {
            return new TimelineEntry(date, endDate, kind, category, title, detail, corridor, tankersDestroyed, marker,
                    number, acledEvents);
        }
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

    /**
     * What the overview map draws: country outlines, the routes through their towns, and the incidents with
     * coordinates since the blockade began as marks, largest first.
     *
     * @param cellDegrees null when each mark is one incident; else the side of the grid cells in degrees, each mark
     *                    then being one corridor's incidents in one cell, at their mean position
     * @param incidentsPlaced incidents the marks stand for
     */
    public record MapLayers(List<Outline> outlines, List<MapRoute> routes, List<Town> towns, List<MapMark> marks,
            Double cellDegrees, long incidentsPlaced, long incidentsWithoutPlace) {

        public boolean aggregated() {
            return cellDegrees != null;
        }
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

    /**
     * One mark on the map: an incident, or one corridor's incidents in one grid cell.
     *
     * @param place              the incident's location; null for a cell
     * @param tankersDestroyed   the reported counts summed; an incident without one adds nothing
     * @param withoutTankerCount the mark's incidents with no reported tanker count (an ACLED event's notes may state
     *                           none)
     */
    public record MapMark(String corridor, String place, double lat, double lon, long incidents,
            long tankersDestroyed, long withoutTankerCount) {

        /** No tanker count is known for any of its incidents: the mark cannot say none were destroyed. */
        public boolean countUnknown() {
            return tankersDestroyed == 0 && withoutTankerCount > 0;
        }
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

        ProfileEntry withSourceNumber(Integer number) {
            return new ProfileEntry(date, endDate, category, title, description, location, number);
        }
    }
}
