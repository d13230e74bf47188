package org.fuelwatch.charts;

import java.awt.geom.Rectangle2D;
import java.util.List;

import org.fuelwatch.figures.Figures.LatLon;
import org.fuelwatch.figures.Figures.MapLayers;

/**
 * An equirectangular projection true to scale at the view's middle latitude: x is longitude × cos(middle latitude),
 * y is latitude, both in degrees of latitude, so that one unit is about 111 km either way and Mali keeps its shape.
 * The view is the box around the routes and the placed incidents, with a margin.
 */
record MapProjection(double minLat, double maxLat, double minLon, double maxLon) {

    static final double KM_PER_DEGREE = 111.32;
    private static final double MARGIN_DEGREES = 0.8;

    static MapProjection around(MapLayers map) {
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        List<LatLon> points = new java.util.ArrayList<>();
        map.routes().forEach(r -> points.addAll(r.points()));
        map.marks().forEach(m -> points.add(new LatLon(m.lat(), m.lon())));
        if (points.isEmpty()) {
            map.outlines().forEach(o -> points.addAll(o.points()));
        }
        for (LatLon p : points) {
            minLat = Math.min(minLat, p.lat());
            maxLat = Math.max(maxLat, p.lat());
            minLon = Math.min(minLon, p.lon());
            maxLon = Math.max(maxLon, p.lon());
        }
        if (points.isEmpty()) {
            return new MapProjection(-1, 1, -1, 1);
        }
        return new MapProjection(minLat - MARGIN_DEGREES, maxLat + MARGIN_DEGREES, minLon - MARGIN_DEGREES,
                maxLon + MARGIN_DEGREES);
    }

    double scale() {
        return Math.cos(Math.toRadians((minLat + maxLat) / 2));
    }

    double x(double lon) {
        return lon * scale();
    }

    double y(double lat) {
        return lat;
    }

    /** The view in projected units. */
    Rectangle2D view() {
        return new Rectangle2D.Double(x(minLon), y(minLat), x(maxLon) - x(minLon), y(maxLat) - y(minLat));
    }
}
