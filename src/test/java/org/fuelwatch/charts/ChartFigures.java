package org.fuelwatch.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.Figures.Count;
import org.fuelwatch.figures.Figures.CorridorDailySupply;
import org.fuelwatch.figures.Figures.CorridorSummary;
import org.fuelwatch.figures.Figures.DailySupply;
import org.fuelwatch.figures.Figures.LatLon;
import org.fuelwatch.figures.Figures.MapLayers;
import org.fuelwatch.figures.Figures.MapMark;
import org.fuelwatch.figures.Figures.MapRoute;
import org.fuelwatch.figures.Figures.Outline;
import org.fuelwatch.figures.Figures.Period;
import org.fuelwatch.figures.Figures.RouteDailySupply;
import org.fuelwatch.figures.Figures.RouteVolume;
import org.fuelwatch.figures.Figures.TimelineEntry;
import org.fuelwatch.figures.Figures.Town;
import org.fuelwatch.figures.Figures.WeeklyIncidents;

/**
 * Small figures made by hand for the chart tests: two corridors (A red, B blue), one route each, 28 days from
 * 1 Sep 2025, three incidents, two events; marks either one per incident or aggregated.
 */
final class ChartFigures {

    static final LocalDate FROM = LocalDate.of(2025, 9, 1);
    static final int DAYS = 28;

    private ChartFigures() {
    }

    static Figures figures(boolean aggregated) {
        return figures(aggregated, false);
    }

    /** The same; with unknownCount the incident near B town has no reported tanker count instead of none destroyed. */
    static Figures figures(boolean aggregated, boolean unknownCount) {
        LocalDate asOf = FROM.plusDays(DAYS - 1);
        Period data = new Period(FROM, asOf);
        var definitions = new Figures.Definitions(new Period(FROM, FROM.plusDays(6)), FROM.plusDays(7), 7, 7,
                new Period(asOf.minusDays(6), asOf), "A", "A-1");
        List<DailySupply> daily = new ArrayList<>();
        List<CorridorDailySupply> corridorDaily = new ArrayList<>();
        List<RouteDailySupply> routeDaily = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = FROM.plusDays(d);
            long a = d < 7 ? 1000 : 300 + 10 * d;
            long b = 500;
            Double mean = d >= 6 ? (double) (a + b) : null;
            daily.add(new DailySupply(day, a + b, (a + b) / 40, mean));
            corridorDaily.add(new CorridorDailySupply(day, "A", a, d >= 6 ? (double) a : null));
            corridorDaily.add(new CorridorDailySupply(day, "B", b, d >= 6 ? (double) b : null));
            if (d >= 6) {
                routeDaily.add(new RouteDailySupply(day, "A-1", "A", "Road A", a));
                routeDaily.add(new RouteDailySupply(day, "B-1", "B", "Road B", b));
            }
        }
        List<CorridorSummary> corridors = List.of(
                new CorridorSummary("A", "Corridor A", "#cc0000", 1000, 500, 50.0, 2, 12, 1, asOf, 0L),
                new CorridorSummary("B", "Corridor B", "#0000cc", 500, 500, 100.0, 1, 0, 0, FROM.plusDays(10), 17L));
        List<TimelineEntry> timeline = List.of(
                new TimelineEntry(FROM.plusDays(7), null, "event", "blockade", "Blockade declared", null, null, null,
                        "Blockade", 1),
                new TimelineEntry(FROM.plusDays(10), null, "incident", "ambush", "near B town", null, "B", 0, null, 2),
                new TimelineEntry(FROM.plusDays(12), FROM.plusDays(15), "event", "convoy", "Escorted convoy", null,
                        null, null, null, 1),
                new TimelineEntry(FROM.plusDays(20), null, "incident", "convoy_attack", "A town", null, "A", 10, null,
                        2),
                new TimelineEntry(asOf, null, "incident", "arson", "near A town", null, "A", 2, null, 2));
        List<WeeklyIncidents> weekly = List.of(new WeeklyIncidents(FROM.plusDays(7), "B", 1, 0),
                new WeeklyIncidents(FROM.plusDays(14), "A", 1, 10), new WeeklyIncidents(FROM.plusDays(21), "A", 1, 2));
        List<MapRoute> routes = List.of(
                new MapRoute("A-1", "A", "Road A", List.of(new LatLon(11, -8), new LatLon(12.6, -8))),
                new MapRoute("B-1", "B", "Road B", List.of(new LatLon(12.6, -10), new LatLon(12.6, -8))));
        List<MapMark> marks = aggregated
                ? List.of(new MapMark("A", null, 11.6, -8, 2, 12, 0), new MapMark("B", null, 12.6, -9.5, 1, 0, 0))
                : List.of(new MapMark("A", "A town", 11.5, -8, 1, 10, 0), new MapMark("A", "near A town", 11.8, -8, 1, 2, 0),
                        new MapMark("B", "near B town", 12.6, -9.5, 1, 0, unknownCount ? 1 : 0));
        MapLayers map = new MapLayers(
                List.of(new Outline("ML", List.of(new LatLon(10, -11), new LatLon(14, -11), new LatLon(14, -7),
                        new LatLon(10, -7)))),
                routes, List.of(new Town("Bamako", "ML", 12.6, -8, 100), new Town("A town", "ML", 11, -8, 1)),
                marks, aggregated ? 0.5 : null, 3, 0);
        Count count = new Count(data, 3, 12, 1, 0);
        return new Figures(asOf, data, null, definitions,
                new Figures.SupplyCut(1500, 37, 800, new Period(FROM.plusDays(7), FROM.plusDays(13)), 46.7, 1000,
                        66.7),
                new Figures.RouteShare("A", "Corridor A", "A-1", "Road A", data, 100, 100, 100),
                new Figures.Totals(count, count, count), daily, corridors,
                List.of(new RouteVolume("A-1", "A", "Road A", 9000, 100, 60),
                        new RouteVolume("B-1", "B", "Road B", 6000, 100, 40)),
                weekly, List.of(), timeline, List.of(), List.of(), List.of(), map, corridorDaily,
                new Figures.Profile("Nobody", null, List.of()), routeDaily,
                List.of(timeline.get(0), timeline.get(3)), aggregated, null, null, null);
    }
}
