package org.fuelwatch.acled;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.fuelwatch.system.FuelWatchProperties;

/**
 * Whether an ACLED event is an own incident seen again: on the same corridor, within the merge days and the merge
 * distance of it. The nearest such incident is the one (then the closer in time, then the lower id); an own incident
 * without coordinates cannot be compared and is never merged with.
 */
final class IncidentMerger {

    /** An own incident as the merger needs it. */
    record OwnIncident(String incidentId, String corridor, LocalDate date, GeoPoint place) {
    }

    private final List<OwnIncident> own;
    private final double mergeKm;
    private final int mergeDays;

    IncidentMerger(List<OwnIncident> own, FuelWatchProperties.Acled settings) {
        this.own = own.stream().filter(o -> o.place() != null).toList();
        this.mergeKm = settings.mergeKm();
        this.mergeDays = settings.mergeDays();
    }

    Optional<String> sameAs(String corridor, LocalDate date, GeoPoint place) {
        record Candidate(OwnIncident incident, double km, long days) {
        }
        return own.stream()
                .filter(o -> o.corridor().equals(corridor))
                .map(o -> new Candidate(o, Sphere.distanceKm(o.place(), place),
                        Math.abs(ChronoUnit.DAYS.between(o.date(), date))))
                .filter(c -> c.days() <= mergeDays && c.km() <= mergeKm)
                .min(Comparator.comparingDouble(Candidate::km).thenComparingLong(Candidate::days)
                        .thenComparing(c -> c.incident().incidentId()))
                .map(c -> c.incident().incidentId());
    }
}
