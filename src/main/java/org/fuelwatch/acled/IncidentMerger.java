package org.fuelwatch.acled;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

    /** Own incidents with coordinates by corridor and day, so an event is compared with those days only. */
    private final Map<String, TreeMap<LocalDate, List<OwnIncident>>> own = new HashMap<>();
    private final double mergeKm;
    private final int mergeDays;

    IncidentMerger(List<OwnIncident> own, FuelWatchProperties.Acled settings) {
        for (OwnIncident o : own) {
            if (o.place() != null) {
                this.own.computeIfAbsent(o.corridor(), c -> new TreeMap<>())
                        .computeIfAbsent(o.date(), d -> new ArrayList<>()).add(o);
            }
        }
        this.mergeKm = settings.mergeKm();
        this.mergeDays = settings.mergeDays();
    }

    Optional<String> sameAs(String corridor, LocalDate date, GeoPoint place) {
        record Candidate(OwnIncident incident, double km, long days) {
        }
        TreeMap<LocalDate, List<OwnIncident>> days = own.get(corridor);
        if (days == null) {
            return Optional.empty();
        }
        return days.subMap(date.minusDays(mergeDays), true, date.plusDays(mergeDays), true).values().stream()
                .flatMap(List::stream)
                .map(o -> new Candidate(o, Sphere.distanceKm(o.place(), place),
                        Math.abs(ChronoUnit.DAYS.between(o.date(), date))))
                .filter(c -> c.km() <= mergeKm)
                .min(Comparator.comparingDouble(Candidate::km).thenComparingLong(Candidate::days)
                        .thenComparing(c -> c.incident().incidentId()))
                .map(c -> c.incident().incidentId());
    }
}
