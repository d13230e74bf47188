package org.fuelwatch.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.fuelwatch.figures.Figures.CorridorSummary;
import org.fuelwatch.figures.Figures.TimelineEntry;

/**
 * What changed between two briefings: the incidents dated after the earlier one, and each key figure then and now.
 * The figures hold the most recent and the most destructive incidents, not all of them, so the list of new incidents
 * is those two lists' union after the earlier as-of date; {@code newIncidentCount} is the full count, late reports of
 * earlier incidents included.
 *
 * @param previousAsOf     the as-of date of the earlier briefing
 * @param newIncidentCount incidents since the blockade began now, less those the earlier briefing counted
 * @param newIncidents     the incidents dated after the earlier briefing that the later one lists, in date order
 * @param changes          the key figures, earlier and later
 */
public record FiguresComparison(LocalDate previousAsOf, long newIncidentCount, List<TimelineEntry> newIncidents,
        List<Change> changes) {

    /**
     * One key figure in both briefings; either side is null where that briefing had no such figure. The briefing
     * words it from its key ({@code supplyNowPct}, {@code daysSince} ...) and, for a figure of one route or corridor,
     * its code.
     */
    public record Change(String key, String subject, String unit, Double previous, Double now) {

        public Double difference() {
            return previous == null || now == null ? null : now - previous;
        }
    }

    public static FiguresComparison between(Figures previous, Figures now) {
        List<TimelineEntry> added = new ArrayList<>();
        Stream.concat(now.recentIncidents().stream(), now.timeline().stream()).filter(FiguresComparison::isIncident)
                .filter(e -> e.date().isAfter(previous.asOf()))
                .filter(e -> added.stream().noneMatch(k -> same(k, e))).forEach(added::add);
        added.sort(Comparator.comparing(TimelineEntry::date));
        long count = now.totals().sinceBlockade().incidents() - previous.totals().sinceBlockade().incidents();
        List<Change> changes = new ArrayList<>();
        changes.add(new Change("supplyNowPct", null, "pct", previous.supplyCut().currentPctOfBaseline(),
                now.supplyCut().currentPctOfBaseline()));
        changes.add(new Change("supplyNowM3", null, "m3", previous.supplyCut().currentM3PerDay(),
                now.supplyCut().currentM3PerDay()));
        changes.add(new Change("cutPct", null, "pct", previous.supplyCut().cutPct(),
                now.supplyCut().cutPct()));
        changes.add(new Change("routeShare", now.routeShare().route(), "pct",
                previous.routeShare().sharePct(), now.routeShare().sharePct()));
        changes.add(count("incidentsSince", previous.totals().sinceBlockade().incidents(),
                now.totals().sinceBlockade().incidents()));
        changes.add(count("tankersSince",
                previous.totals().sinceBlockade().tankersDestroyed(), now.totals().sinceBlockade().tankersDestroyed()));
        changes.add(count("fatalitiesSince", previous.totals().sinceBlockade().fatalities(),
                now.totals().sinceBlockade().fatalities()));
        changes.add(count("incidents7", previous.totals().last7Days().incidents(),
                now.totals().last7Days().incidents()));
        changes.add(count("tankers7", previous.totals().last7Days().tankersDestroyed(),
                now.totals().last7Days().tankersDestroyed()));
        changes.add(count("incidents30", previous.totals().last30Days().incidents(),
                now.totals().last30Days().incidents()));
        changes.add(count("tankers30", previous.totals().last30Days().tankersDestroyed(),
                now.totals().last30Days().tankersDestroyed()));
        for (CorridorSummary c : now.corridors()) {
            CorridorSummary before = previous.corridors().stream().filter(p -> p.corridor().equals(c.corridor()))
                    .findFirst().orElse(null);
            changes.add(new Change("daysSince", c.corridor(), "days",
                    before == null || before.daysSinceLastAttack() == null ? null
                            : before.daysSinceLastAttack().doubleValue(),
                    c.daysSinceLastAttack() == null ? null : c.daysSinceLastAttack().doubleValue()));
        }
        return new FiguresComparison(previous.asOf(), count, List.copyOf(added), List.copyOf(changes));
    }

    private static Change count(String key, long previous, long now) {
        return new Change(key, null, "count", (double) previous, (double) now);
    }

    private static boolean isIncident(TimelineEntry e) {
        return e.kind().equals("incident");
    }

    private static boolean same(TimelineEntry a, TimelineEntry b) {
        return a.date().equals(b.date()) && Objects.equals(a.corridor(), b.corridor())
                && Objects.equals(a.title(), b.title()) && Objects.equals(a.category(), b.category())
                && Objects.equals(a.tankersDestroyed(), b.tankersDestroyed());
    }
}
