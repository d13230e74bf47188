package org.fuelwatch.acled;

/**
 * Distances on a sphere of the Earth's mean radius. Against the WGS84 ellipsoid this is within 0.5% at any latitude
 * (about 70 m at the 15 km of a match), well inside the precision of an ACLED place.
 */
final class Sphere {

    /** IUGG mean radius of the Earth. */
    static final double RADIUS_KM = 6371.0088;

    private Sphere() {
    }

    /** Great-circle distance in km (haversine, stable for short distances). */
    static double distanceKm(GeoPoint a, GeoPoint b) {
        return RADIUS_KM * angle(a, b);
    }

    /**
     * Distance in km from {@code p} to the great-circle segment from {@code a} to {@code b}: the cross-track distance
     * where the foot of the perpendicular falls within the segment, else the distance to the nearer end.
     */
    static double distanceToSegmentKm(GeoPoint p, GeoPoint a, GeoPoint b) {
        double ab = angle(a, b);
        double ap = angle(a, p);
        if (ab == 0) {
            return RADIUS_KM * ap;
        }
        double turn = bearing(a, p) - bearing(a, b);
        double crossTrack = Math.asin(Math.sin(ap) * Math.sin(turn));
        double alongTrack = Math.acos(Math.max(-1, Math.min(1, Math.cos(ap) / Math.cos(crossTrack))));
        if (Math.cos(turn) < 0) {
            alongTrack = -alongTrack;
        }
        if (alongTrack <= 0) {
            return RADIUS_KM * ap;
        }
        if (alongTrack >= ab) {
            return RADIUS_KM * angle(b, p);
        }
        return RADIUS_KM * Math.abs(crossTrack);
    }

    private static double angle(GeoPoint a, GeoPoint b) {
        double f1 = Math.toRadians(a.latitude());
        double f2 = Math.toRadians(b.latitude());
        double df = f2 - f1;
        double dl = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(df / 2), 2) + Math.cos(f1) * Math.cos(f2) * Math.pow(Math.sin(dl / 2), 2);
        return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static double bearing(GeoPoint a, GeoPoint b) {
        double f1 = Math.toRadians(a.latitude());
        double f2 = Math.toRadians(b.latitude());
        double dl = Math.toRadians(b.longitude() - a.longitude());
        return Math.atan2(Math.sin(dl) * Math.cos(f2), Math.cos(f1) * Math.sin(f2) - Math.sin(f1) * Math.cos(f2) * Math.cos(dl));
    }
}
