package org.fuelwatch.acled;

import java.util.Optional;
import java.util.OptionalInt;

import org.fuelwatch.acled.AcledMatches.Row;
import org.fuelwatch.acled.SupplyChainSelector.Selection;

/**
 * The decision on one event: selected or not and why, the route it lies on, the own incident it repeats and the
 * tanker count its notes state. Pure: the rules come in, the audit row goes out.
 */
final class AcledMatching {

    /** The audit row, and whether the event counts as an incident of its own (matched, not merged, not deleted). */
    record Decision(Row row, boolean counted) {
    }

    private final SupplyChainSelector selector;
    private final RouteMatcher matcher;
    AcledMatching(SupplyChainSelector selector, RouteMatcher matcher) {
        this.selector = selector;
        this.matcher = matcher;
    }

    /**
     * Selected or not, and on which route. A matched event is decided as counted; whether it repeats an own incident
     * is for {@link #merged} once the events' days, and so the own incidents to compare with, are known.
     */
    Decision decide(AcledEvent e) {
        Selection selection = selector.select(e.eventType(), e.subEventType(), e.notes());
        if (e.deleted()) {
            return new Decision(row(e, selection.selected(), "deleted by ACLED; " + selection.reason(), null, null,
                    null, null), false);
        }
        if (!selection.selected()) {
            return new Decision(row(e, false, selection.reason(), null, null, null, null), false);
        }
        Integer tankers = boxed(TankerCount.in(e.notes()));
        if (matcher.reachKm(e.geoPrecision()).isEmpty()) {
            return new Decision(row(e, true, selection.reason() + "; geo_precision " + e.geoPrecision()
                    + " (a region's centroid) is not matched to a route", null, null, null, tankers), false);
        }
        Optional<RouteMatcher.Match> match = matcher.match(e.place(), e.geoPrecision());
        if (match.isEmpty()) {
            return new Decision(row(e, true, selection.reason() + "; no route within "
                    + AcledMatches.km(matcher.reachKm(e.geoPrecision()).get()) + " km", null, null, null, tankers),
                    false);
        }
        RouteMatcher.Match m = match.get();
        return new Decision(new Row(e.eventId(), e.date(), e.location(), true, selection.reason(), m.route(),
                m.corridor(), m.distanceKm(), String.join(" ", m.sharedWith()), null, tankers), true);
    }

    /** The decision on a matched event, given the own incidents: an own incident seen again is not counted twice. */
    static Decision merged(Decision matched, AcledEvent e, IncidentMerger merger) {
        Row r = matched.row();
        Optional<String> same = merger.sameAs(r.corridor(), e.date(), e.place());
        return same.isEmpty() ? matched : new Decision(new Row(r.eventId(), r.date(), r.location(), r.selected(),
                r.reason(), r.route(), r.corridor(), r.distanceKm(), r.sharedWith(), same.get(), r.tankers()), false);
    }

    private static Row row(AcledEvent e, boolean selected, String reason, String route, String corridor,
            String merged, Integer tankers) {
        return new Row(e.eventId(), e.date(), e.location(), selected, reason, route, corridor, null, "", merged,
                tankers);
    }

    private static Integer boxed(OptionalInt count) {
        return count.isPresent() ? count.getAsInt() : null;
    }
}
