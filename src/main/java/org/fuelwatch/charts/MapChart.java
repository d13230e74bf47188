package org.fuelwatch.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.Figures.LatLon;
import org.fuelwatch.figures.Figures.MapMark;
import org.fuelwatch.figures.Figures.MapLayers;
import org.fuelwatch.figures.Figures.MapRoute;
import org.fuelwatch.figures.Figures.Outline;
import org.fuelwatch.system.Fonts.Face;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The overview map: country outlines, each corridor's routes in its colour, the main towns, and every incident
 * since the blockade began as a circle whose area grows with the tankers destroyed (hollow when none were). Past
 * the figures' threshold a circle is one corridor's incidents in one grid cell, numbered with how many they are,
 * and the circles are scaled so that the largest stays {@value #MAX_RADIUS} points.
 */
final class MapChart {

    /** Circle radius in points for one tanker destroyed; the area grows with the count. */
    static final double RADIUS_PER_SQRT_TANKER = 1.5;
    static final double MIN_RADIUS = 2.4;
    /** The largest circle in points, whatever the count: a few incidents at this scale stay as they are. */
    static final double MAX_RADIUS = 16;
    /** How far apart, in degrees, routes of different corridors run where they share a road. */
    static final double LANE_WIDTH = 0.085;

    private static final Color MALI_FILL = new Color(0xf6, 0xf1, 0xe4);
    private static final Color LAND_FILL = new Color(0xee, 0xf0, 0xf2);
    private static final Color BORDER = new Color(0x9a, 0xa3, 0xad);

    private MapChart() {
    }

    static double radius(long tankersDestroyed) {
        return radius(tankersDestroyed, RADIUS_PER_SQRT_TANKER);
    }

    static double radius(long tankersDestroyed, double perSqrtTanker) {
        return tankersDestroyed <= 0 ? MIN_RADIUS : Math.max(MIN_RADIUS, perSqrtTanker * Math.sqrt(tankersDestroyed));
    }

    /** Points per square root of a tanker: the usual scale, or less when the largest mark would exceed the maximum. */
    static double scale(MapLayers map) {
        long largest = largest(map);
        return largest <= 0 ? RADIUS_PER_SQRT_TANKER
                : Math.min(RADIUS_PER_SQRT_TANKER, MAX_RADIUS / Math.sqrt(largest));
    }

    private static long largest(MapLayers map) {
        return map.marks().stream().mapToLong(MapMark::tankersDestroyed).max().orElse(0);
    }

    /**
     * The routes as one two-point series per road segment and corridor. A segment that several corridors use is
     * drawn once per corridor, side by side; a segment shared by routes of one corridor is drawn once.
     */
    static XYSeriesCollection routeDataset(List<MapRoute> routes, MapProjection p) {
        Map<String, TreeSet<String>> corridorsBySegment = new LinkedHashMap<>();
        for (MapRoute route : routes) {
            for (int i = 1; i < route.points().size(); i++) {
                corridorsBySegment.computeIfAbsent(segmentKey(route.points().get(i - 1), route.points().get(i)),
                        k -> new TreeSet<>()).add(route.corridor());
            }
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        java.util.Set<String> drawn = new java.util.HashSet<>();
        for (MapRoute route : routes) {
            for (int i = 1; i < route.points().size(); i++) {
                LatLon a = route.points().get(i - 1);
                LatLon b = route.points().get(i);
                String key = segmentKey(a, b);
                if (!drawn.add(key + "|" + route.corridor())) {
                    continue;
                }
                List<String> lanes = List.copyOf(corridorsBySegment.get(key));
                double offset = (lanes.indexOf(route.corridor()) - (lanes.size() - 1) / 2.0) * LANE_WIDTH;
                double ax = p.x(a.lon());
                double ay = p.y(a.lat());
                double bx = p.x(b.lon());
                double by = p.y(b.lat());
                double length = Math.hypot(bx - ax, by - ay);
                // the normal of a segment taken in a fixed direction, so both corridors agree on which side is which
                double sign = key.startsWith(a.lat() + "," + a.lon()) ? 1 : -1;
                double nx = length == 0 ? 0 : -(by - ay) / length * sign;
                double ny = length == 0 ? 0 : (bx - ax) / length * sign;
                XYSeries series = new XYSeries(route.corridor() + "|" + route.route() + "|" + i, false, true);
                series.add(ax + nx * offset, ay + ny * offset);
                series.add(bx + nx * offset, by + ny * offset);
                dataset.addSeries(series);
            }
        }
        return dataset;
    }

    private static String segmentKey(LatLon a, LatLon b) {
        String sa = a.lat() + "," + a.lon();
        String sb = b.lat() + "," + b.lon();
        return sa.compareTo(sb) <= 0 ? sa + ";" + sb : sb + ";" + sa;
    }

    /** The marks, one series per corridor in the order of the corridors table. */
    static XYSeriesCollection incidentDataset(Figures figures, MapProjection p) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Figures.CorridorSummary corridor : figures.corridors()) {
            XYSeries series = new XYSeries(corridor.corridor(), false, true);
            for (MapMark mark : marks(figures.map(), corridor.corridor())) {
                series.add(p.x(mark.lon()), p.y(mark.lat()));
            }
            dataset.addSeries(series);
        }
        return dataset;
    }

    private static List<MapMark> marks(MapLayers map, String corridor) {
        return map.marks().stream().filter(m -> m.corridor().equals(corridor)).toList();
    }

    public static JFreeChart create(Figures figures, ChartStyle style) {
        MapLayers map = figures.map();
        MapProjection projection = MapProjection.around(map);
        double scale = scale(map);
        XYSeriesCollection incidents = incidentDataset(figures, projection);
        List<long[]> tankers = new ArrayList<>();
        List<boolean[]> unknown = new ArrayList<>();
        for (int s = 0; s < incidents.getSeriesCount(); s++) {
            List<MapMark> marks = marks(map, (String) incidents.getSeriesKey(s));
            tankers.add(marks.stream().mapToLong(MapMark::tankersDestroyed).toArray());
            boolean[] flags = new boolean[marks.size()];
            for (int i = 0; i < flags.length; i++) {
                flags[i] = marks.get(i).countUnknown();
            }
            unknown.add(flags);
        }
        CircleRenderer incidentRenderer = new CircleRenderer(tankers, unknown, t -> radius(t, scale));
        EqualAspectPlot plot = new EqualAspectPlot(incidents, incidentRenderer, projection.view());
        plot.setInsets(new RectangleInsets(2, 2, 2, 2));

        XYSeriesCollection routes = routeDataset(map.routes(), projection);
        XYLineAndShapeRenderer routeRenderer = new XYLineAndShapeRenderer(true, false);
        plot.setDataset(1, routes);
        plot.setRenderer(1, routeRenderer);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        for (Outline outline : map.outlines()) {
            routeRenderer.addAnnotation(countryShape(outline, projection), Layer.BACKGROUND);
        }
        List<Point2D> centres = map.marks().stream()
                .map(m -> (Point2D) new Point2D.Double(projection.x(m.lon()), projection.y(m.lat()))).toList();
        List<Double> radii = map.marks().stream().map(m -> radius(m.tankersDestroyed(), scale)).toList();
        List<Figures.Town> towns = map.towns().stream().map(t -> new Figures.Town(style.townName(t.name()),
                t.country(), t.lat(), t.lon(), t.rank())).toList();
        MapLabels labels = new MapLabels(map.outlines(), towns, style::countryName,
                km -> style.label("map.scale", "km", km), centres, radii, projection,
                style.font(Face.BOLD, 7.5f), style.font(Face.REGULAR, 7f), style.font(Face.BOLD, 8f),
                style.font(Face.REGULAR, 6.5f));
        routeRenderer.addAnnotation(labels.countries(), Layer.BACKGROUND);
        if (map.aggregated()) {
            incidentRenderer.addAnnotation(new MarkCounts(centres, map.marks().stream().map(MapMark::incidents)
                    .toList(), style.font(Face.BOLD, 6f)), Layer.FOREGROUND);
        }
        incidentRenderer.addAnnotation(labels.towns(), Layer.FOREGROUND);

        JFreeChart chart = style.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        plot.setOutlinePaint(BORDER);
        Color sea = Color.WHITE;
        plot.setBackgroundPaint(sea);
        BasicStroke road = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        for (int s = 0; s < routes.getSeriesCount(); s++) {
            String corridor = ((String) routes.getSeriesKey(s)).split("\\|")[0];
            routeRenderer.setSeriesPaint(s, style.corridor(corridor));
            routeRenderer.setSeriesStroke(s, road);
        }
        for (int s = 0; s < incidents.getSeriesCount(); s++) {
            Color colour = style.corridor((String) incidents.getSeriesKey(s));
            incidentRenderer.setSeriesPaint(s, colour);
            incidentRenderer.setSeriesOutlinePaint(s, colour.darker());
            incidentRenderer.setSeriesFillPaint(s, new Color(colour.getRed(), colour.getGreen(), colour.getBlue(),
                    0xa0));
        }
        plot.setFixedLegendItems(legend(figures, style));
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(style.font(Face.REGULAR, 7f));
        return chart;
    }

    private static XYPolygonAnnotation countryShape(Outline outline, MapProjection p) {
        double[] xy = new double[outline.points().size() * 2];
        for (int i = 0; i < outline.points().size(); i++) {
            xy[2 * i] = p.x(outline.points().get(i).lon());
            xy[2 * i + 1] = p.y(outline.points().get(i).lat());
        }
        boolean mali = outline.country().equals("ML");
        return new XYPolygonAnnotation(xy, new BasicStroke(mali ? 0.9f : 0.6f), BORDER, mali ? MALI_FILL : LAND_FILL);
    }

    /** Corridors by colour, then the circle sizes for a few round tanker counts up to the largest. */
    static LegendItemCollection legend(Figures figures, ChartStyle style) {
        LegendItemCollection items = new LegendItemCollection();
        Shape line = new Line2D.Double(-7, 0, 7, 0);
        for (Figures.CorridorSummary c : figures.corridors()) {
            LegendItem item = new LegendItem(style.text(style.corridorName(c.corridor(), c.name())), null, null, null, false, line, false, Color.WHITE, false,
                    Color.WHITE, new BasicStroke(0.5f), true, line, new BasicStroke(2.5f), style.corridor(c.corridor()));
            items.add(item);
        }
        MapLayers map = figures.map();
        double scale = scale(map);
        if (map.aggregated()) {
            // what one circle stands for, before the sizes
            Shape none = new Rectangle2D.Double();
            items.add(new LegendItem(style.label("map.cell", "degrees", degrees(map.cellDegrees())), null, null, null,
                    false, none, false,
                    Color.WHITE, false, Color.WHITE, new BasicStroke(0f), false, none, new BasicStroke(0f),
                    Color.WHITE));
        }
        for (long count : sizeSteps(largest(map))) {
            double r = radius(count, scale);
            Shape circle = new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
            String label = count == 0 ? style.label("map.none") : style.label(count == 1 ? "map.tanker"
                    : "map.tankers", "n", String.format(Locale.UK, "%,d", count));
            items.add(new LegendItem(label, null, null, null, true, circle, count > 0, new Color(0xb8, 0xbf, 0xc7),
                    true, ChartStyle.MUTED, new BasicStroke(0.8f), false, line, new BasicStroke(0f), Color.WHITE));
        }
        if (map.marks().stream().anyMatch(MapMark::countUnknown)) {
            double r = radius(0, scale);
            Shape circle = new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
            items.add(new LegendItem(style.label("map.unknown"), null, null, null, true, circle, false,
                    Color.WHITE, true, ChartStyle.MUTED, CircleRenderer.UNKNOWN, false, line, new BasicStroke(0f),
                    Color.WHITE));
        }
        return items;
    }

    /** Degrees as configured, without trailing zeros: 0.25, 0.5, 1. */
    static String degrees(double degrees) {
        return java.math.BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
    }

    /**
     * Zero, then 1, 10, 50, 100… up to the largest count, ending with the largest itself; of the round steps, the
     * largest four at most, since circles smaller than those all look alike.
     */
    static List<Long> sizeSteps(long largest) {
        List<Long> steps = new ArrayList<>(List.of(0L));
        for (long step : new long[] {1, 10, 25, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000,
                200_000, 500_000, 1_000_000, 2_000_000, 5_000_000}) {
            if (step < largest * 0.8) {
                steps.add(step);
            }
        }
        while (steps.size() > 5) {
            steps.remove(1);
        }
        if (largest > 0) {
            steps.add(largest);
        }
        return steps;
    }
}
