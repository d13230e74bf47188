package org.fuelwatch.acled;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fuelwatch.system.FuelWatchProperties;

/**
 * The route an event lies on: the nearest route whose polyline (its reference waypoints in order) passes within the
 * distance its geo_precision allows (none for precision 3, a region's centroid). Routes within the shared tolerance of
 * the nearest run along the same road there (east of Diéma, north of Zantiébougou) and are named with it; the event
 * still counts once, on the nearest. At equal distance the route listed first wins. A route whose bounding box, widened
 * by the largest match distance, does not hold the event is not measured.
 */
final class RouteMatcher {

    /** A route of a corridor with its waypoints in order. */
    record Route(String code, String corridor, List<GeoPoint> waypoints) {
    }

    /** The route an event matched, its distance and the other routes of the same road section. */
    record Match(String route, String corridor, double distanceKm, List<String> sharedWith) {
    }

    private record Box(Route route, double south, double north, double west, double east) {
        boolean holds(GeoPoint p) {
            return p.latitude() >= south && p.latitude() <= north && p.longitude() >= west && p.longitude() <= east;
        }
    }

    private static final double KM_PER_DEGREE = Math.PI * Sphere.RADIUS_KM / 180;

    private final List<Box> boxes = new ArrayList<>();
    private final double precision1Km;
    private final double precision2Km;
    private final double sharedToleranceKm;

    RouteMatcher(List<Route> routes, FuelWatchProperties.Acled settings) {
        this.precision1Km = settings.precision1Km();
        this.precision2Km = settings.precision2Km();
        this.sharedToleranceKm = settings.sharedToleranceKm();
        double margin = Math.max(precision1Km, precision2Km) + sharedToleranceKm;
        for (Route route : routes) {
            double south = route.waypoints().stream().mapToDouble(GeoPoint::latitude).min().orElse(0);
            double north = route.waypoints().stream().mapToDouble(GeoPoint::latitude).max().orElse(0);
            double west = route.waypoints().stream().mapToDouble(GeoPoint::longitude).min().orElse(0);
            double east = route.waypoints().stream().mapToDouble(GeoPoint::longitude).max().orElse(0);
            double dLat = margin / KM_PER_DEGREE;
            // a degree of longitude is shortest at the box's edge farthest from the equator
            double cos = Math.cos(Math.toRadians(Math.min(89, Math.max(Math.abs(south), Math.abs(north)) + dLat)));
            double dLon = margin / (KM_PER_DEGREE * cos);
            boxes.add(new Box(route, south - dLat, north + dLat, west - dLon, east + dLon));
        }
    }

    /** The largest distance an event of this precision may lie from a route, or empty when it is not matched. */
    Optional<Double> reachKm(int geoPrecision) {
        return switch (geoPrecision) {
            case 1 -> Optional.of(precision1Km);
            case 2 -> Optional.of(precision2Km);
            default -> Optional.empty();
        };
    }

    Optional<Match> match(GeoPoint p, int geoPrecision) {
        Optional<Double> reach = reachKm(geoPrecision);
        if (reach.isEmpty()) {
            return Optional.empty();
        }
        List<Route> near = new ArrayList<>();
        List<Double> distances = new ArrayList<>();
        for (Box box : boxes) {
            if (box.holds(p)) {
                double d = distanceKm(p, box.route());
                if (d <= reach.get()) {
                    near.add(box.route());
                    distances.add(d);
                }
            }
        }
        if (near.isEmpty()) {
            return Optional.empty();
        }
        int best = 0;
        for (int i = 1; i < near.size(); i++) {
            if (distances.get(i) < distances.get(best)) {
                best = i;
            }
        }
        List<String> shared = new ArrayList<>();
        for (int i = 0; i < near.size(); i++) {
            if (i != best && distances.get(i) <= distances.get(best) + sharedToleranceKm) {
                shared.add(near.get(i).code());
            }
        }
        Route route = near.get(best);
        return Optional.of(new Match(route.code(), route.corridor(), distances.get(best), List.copyOf(shared)));
    }

    /** Distance in km from a point to a route's polyline. */
    static double distanceKm(GeoPoint p, Route route) {
        List<GeoPoint> w = route.waypoints();
        if (w.size() == 1) {
            return Sphere.distanceKm(p, w.get(0));
        }
        double best = Double.MAX_VALUE;
        for (int i = 1; i < w.size(); i++) {
            best = Math.min(best, Sphere.distanceToSegmentKm(p, w.get(i - 1), w.get(i)));
        }
        return best;
    }
}
