package org.fuelwatch.figures;

import java.util.Comparator;
import java.util.List;

import org.fuelwatch.figures.Figures.TimelineEntry;

/**
 * The key dates numbered on the supply and timeline charts and listed under the supply chart: the events marked as
 * key dates in the events data, and the {@value #MAJOR_ATTACKS} attacks of the timeline that destroyed the most
 * tankers (the earlier first on a tie), in the timeline's order.
 */
public final class KeyDates {

    /** How many of the most destructive attacks are key dates. */
    public static final int MAJOR_ATTACKS = 3;

    private KeyDates() {
    }

    static List<TimelineEntry> of(List<TimelineEntry> timeline) {
        Comparator<TimelineEntry> destroyed = Comparator.comparing(
                (TimelineEntry e) -> e.tankersDestroyed() == null ? 0 : e.tankersDestroyed()).reversed();
        List<TimelineEntry> major = timeline.stream()
                .filter(e -> e.kind().equals("incident") && e.tankersDestroyed() != null && e.tankersDestroyed() > 0)
                .sorted(destroyed.thenComparing(TimelineEntry::date)).limit(MAJOR_ATTACKS).toList();
        return timeline.stream().filter(e -> e.marker() != null || major.contains(e)).toList();
    }
}
