package org.fuelwatch.acled;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fuelwatch.system.FuelWatchProperties;

/**
 * One match, in one pass over the stored events: each is decided as it is read; an event of an attack type keeps its
 * audit row, any other is counted under its reason. Events on a route are held (without their notes) until the pass
 * has seen every event's day, then compared with the own incidents of those days only, so that neither the events
 * nor every own incident need be loaded first.
 */
final class AcledMatchPass {

    private record OnRoute(AcledEvent event, AcledMatching.Decision decision) {
    }

    private final AcledStore store;
    private final AcledAudit audit;
    private final SupplyChainSelector selector;
    private final FuelWatchProperties.Acled settings;

    AcledMatchPass(AcledStore store, AcledAudit audit, FuelWatchProperties.Acled settings) {
        this.store = store;
        this.audit = audit;
        this.selector = new SupplyChainSelector(settings);
        this.settings = settings;
    }

    void run() {
        AcledMatching matching = new AcledMatching(selector, new RouteMatcher(store.routes(), settings));
        // the previous match is compared with the stored versions before it is replaced
        store.listChanges();
        audit.clear();
        store.clearIncidents();
        store.attribution();
        List<OnRoute> onRoute = new ArrayList<>();
        store.events(settings.subEventTypes(), settings.excludedEventTypes(), event -> {
            AcledMatching.Decision decision = matching.decide(event);
            if (!selector.mayBeSelected(event.eventType(), event.subEventType())) {
                audit.count(event, decision.row().reason());
            } else if (decision.row().route() != null) {
                onRoute.add(new OnRoute(event.withoutNotes(), decision));
            } else {
                keep(event, decision);
            }
        });
        if (!onRoute.isEmpty()) {
            LocalDate first = onRoute.stream().map(o -> o.event().date()).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate last = onRoute.stream().map(o -> o.event().date()).max(Comparator.naturalOrder()).orElseThrow();
            IncidentMerger merger = new IncidentMerger(store.ownIncidents(first, last, settings.mergeDays()),
                    settings);
            onRoute.forEach(o -> keep(o.event(), AcledMatching.merged(o.decision(), o.event(), merger)));
        }
        audit.finish();
        store.finish();
    }

    private void keep(AcledEvent event, AcledMatching.Decision decision) {
        audit.add(event, decision.row());
        store.record(event, decision);
    }
}
