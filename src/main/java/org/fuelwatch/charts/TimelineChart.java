package org.fuelwatch.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.Figures.TimelineEntry;
import org.fuelwatch.system.Fonts.Face;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The timeline as a picture: dates across, one lane per kind of event. Incidents sit in the top lane as circles
 * sized by the tankers destroyed, in the corridor's colour (past the figures' threshold, one grey circle per week); events are diamonds, and events that last several days are bars. Events numbered on the supply chart
 * carry the same numbers here.
 */
final class TimelineChart {

    /** The lanes, top to bottom, and the event categories each holds; an unknown category goes to the last. */
    enum Lane {
        ATTACKS("Attacks"),
        BLOCKADE("Blockade & shortages", "blockade"),
        RESPONSE("Response & measures", "measure", "operation", "convoy", "appointment"),
        OTHER("Statements & diplomacy", "announcement", "diplomacy", "publication");

        final String label;
        final List<String> categories;

        Lane(String label, String... categories) {
            this.label = label;
            this.categories = List.of(categories);
        }

        /** The lane's y value: the first lane is at the top. */
        double y() {
            return values().length - 1 - ordinal();
        }

        static Lane of(TimelineEntry entry) {
            if (entry.kind().equals("incident")) {
                return ATTACKS;
            }
            for (Lane lane : values()) {
                if (lane.categories.contains(entry.category())) {
                    return lane;
                }
            }
            return OTHER;
        }
    }

    private static final Color EVENT = new Color(0x1f, 0x4e, 0x79);

    private TimelineChart() {
    }

    /** The key of the one attack series when attacks are drawn by week: grey, since it is every corridor's. */
    static final String ALL_CORRIDORS = "all corridors";
    /** Largest circle of the weekly attack lane, in points: the week with the most tankers destroyed. */
    static final double MAX_WEEK_RADIUS = 8.0;

    static double radius(long tankers) {
        return radius(tankers, 1.1);
    }

    static double radius(long tankers, double perSqrtTanker) {
        return tankers <= 0 ? 2.0 : Math.max(2.0, perSqrtTanker * Math.sqrt(tankers));
    }

    /** One attack circle: where it goes and the tankers it stands for. */
    record Attack(long millis, long tankersDestroyed) {
    }

    /**
     * The attack lane as series of circles: per corridor, its most destructive incidents on their days; or, when the
     * figures count attacks by week, one series of every incident by week, a circle in the middle of each week with
     * any, sized by all the tankers destroyed that week (the weekly chart splits them by corridor).
     */
    static Map<String, List<Attack>> attacks(Figures figures) {
        Map<String, List<Attack>> series = new LinkedHashMap<>();
        if (figures.attacksByWeek()) {
            Map<LocalDate, Long> byWeek = new TreeMap<>();
            figures.weekly().stream().filter(w -> w.incidents() > 0)
                    .forEach(w -> byWeek.merge(w.weekStart(), w.tankersDestroyed(), Long::sum));
            series.put(ALL_CORRIDORS, byWeek.entrySet().stream()
                    .map(w -> new Attack(SupplyChart.millis(w.getKey()) + 84 * 3600_000L, w.getValue())).toList());
            return series;
        }
        for (Figures.CorridorSummary corridor : figures.corridors()) {
            series.put(corridor.corridor(), figures.timeline().stream()
                    .filter(e -> e.kind().equals("incident") && corridor.corridor().equals(e.corridor()))
                    .map(e -> new Attack(SupplyChart.millis(e.date()) + 12 * 3600_000L,
                            e.tankersDestroyed() == null ? 0 : e.tankersDestroyed()))
                    .toList());
        }
        return series;
    }

    /** Points per square root of a tanker: as always for incidents, scaled to the largest week for weeks. */
    static double scale(Map<String, List<Attack>> attacks, boolean byWeek) {
        long largest = attacks.values().stream().flatMap(List::stream).mapToLong(Attack::tankersDestroyed).max()
                .orElse(0);
        return !byWeek || largest <= 0 ? 1.1 : Math.min(1.1, MAX_WEEK_RADIUS / Math.sqrt(largest));
    }

    /** The attack series first (see {@link #attacks}); then one series of events per lane. */
    static XYSeriesCollection dataset(Figures figures) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        attacks(figures).forEach((key, attacks) -> {
            XYSeries series = new XYSeries(key, false, true);
            attacks.forEach(a -> series.add(a.millis(), Lane.ATTACKS.y()));
            dataset.addSeries(series);
        });
        for (Lane lane : Lane.values()) {
            if (lane == Lane.ATTACKS) {
                continue;
            }
            XYSeries series = new XYSeries(lane.label, false, true);
            figures.timeline().stream().filter(e -> !e.kind().equals("incident") && Lane.of(e) == lane)
                    .forEach(e -> series.add(SupplyChart.millis(e.date()) + 12 * 3600_000L, lane.y()));
            dataset.addSeries(series);
        }
        return dataset;
    }

    public static JFreeChart create(Figures figures, ChartStyle style) {
        XYSeriesCollection dataset = dataset(figures);
        Map<String, List<Attack>> attacks = attacks(figures);
        int corridors = attacks.size();
        // sized circles for the attack series only; the event series after them keep their diamonds
        List<long[]> tankers = attacks.values().stream()
                .map(a -> a.stream().mapToLong(Attack::tankersDestroyed).toArray()).toList();
        double scale = scale(attacks, figures.attacksByWeek());
        CircleRenderer renderer = new CircleRenderer(tankers, t -> radius(t, scale));
        DateAxis time = style.dateAxis();
        long from = SupplyChart.millis(figures.data().from());
        long to = SupplyChart.millis(figures.asOf().plusDays(1));
        // a margin after the as-of date, so that the circle of an attack on the last days is drawn whole
        time.setRange(from, to + (to - from) / 40);
        String[] labels = new String[Lane.values().length];
        for (Lane lane : Lane.values()) {
            labels[(int) lane.y()] = style.label("timeline.lane." + lane.name().toLowerCase(Locale.ROOT));
        }
        SymbolAxis lanes = new SymbolAxis(null, labels);
        // room above the top lane for the key-date numbers and the largest circles
        lanes.setRange(-0.6, Lane.values().length - 0.2);
        lanes.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(dataset, time, lanes, renderer);
        JFreeChart chart = style.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
        if (figures.attacksByWeek()) {
            // what a circle of the top lane stands for, since it is not one incident here
            TextTitle key = new TextTitle(style.label("timeline.byWeek"), style.font(Face.REGULAR, 6.5f), ChartStyle.MUTED,
                    RectangleEdge.BOTTOM, HorizontalAlignment.LEFT, VerticalAlignment.BOTTOM, RectangleInsets.ZERO_INSETS);
            chart.addSubtitle(key);
        }
        lanes.setTickLabelFont(style.font(Face.BOLD, 7.5f));
        plot.setDomainGridlinesVisible(true);
        plot.setRangeGridlinesVisible(true);

        Path2D diamond = new Path2D.Double();
        diamond.moveTo(0, -3.6);
        diamond.lineTo(3.6, 0);
        diamond.lineTo(0, 3.6);
        diamond.lineTo(-3.6, 0);
        diamond.closePath();
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            if (s < corridors) {
                Color colour = style.corridor((String) dataset.getSeriesKey(s));
                renderer.setSeriesPaint(s, colour);
                renderer.setSeriesOutlinePaint(s, colour.darker());
                renderer.setSeriesFillPaint(s, new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0xa0));
            } else {
                renderer.setSeriesShape(s, diamond);
                renderer.setSeriesPaint(s, EVENT);
                renderer.setSeriesFillPaint(s, EVENT);
                renderer.setSeriesOutlinePaint(s, EVENT);
            }
        }
        // events that last several days: a bar from the first day to the end of the last
        for (TimelineEntry e : figures.timeline()) {
            if (!e.kind().equals("incident") && e.endDate() != null) {
                double y = Lane.of(e).y();
                renderer.addAnnotation(new XYLineAnnotation(SupplyChart.millis(e.date()), y,
                        SupplyChart.millis(e.endDate().plusDays(1)), y, new BasicStroke(5f, BasicStroke.CAP_BUTT,
                                BasicStroke.JOIN_MITER), new Color(0x1f, 0x4e, 0x79, 0x55)), Layer.BACKGROUND);
            }
        }
        List<TimelineEntry> numbered = figures.keyDates();
        for (int i = 0; i < numbered.size(); i++) {
            TimelineEntry e = numbered.get(i);
            XYTextAnnotation number = new XYTextAnnotation(String.valueOf(i + 1),
                    SupplyChart.millis(e.date()) + 12 * 3600_000L, Lane.of(e).y() + 0.22);
            number.setFont(style.font(Face.BOLD, 7f));
            number.setPaint(ChartStyle.ALERT);
            number.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            renderer.addAnnotation(number);
        }
        ValueMarker start = new ValueMarker(SupplyChart.millis(figures.definitions().blockadeStart()),
                ChartStyle.ALERT, ChartStyle.DASHED);
        start.setLabel(style.label("timeline.start"));
        start.setLabelFont(style.font(Face.REGULAR, 6.5f));
        start.setLabelPaint(ChartStyle.ALERT);
        start.setLabelBackgroundColor(Color.WHITE);
        start.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
        start.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addDomainMarker(start);
        return chart;
    }
}
