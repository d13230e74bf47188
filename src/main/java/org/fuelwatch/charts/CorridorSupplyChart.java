package org.fuelwatch.charts;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.Figures.CorridorDailySupply;
import org.fuelwatch.figures.Figures.CorridorSummary;
import org.fuelwatch.figures.Figures.RouteDailySupply;
import org.fuelwatch.system.Fonts.Face;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One small panel per corridor: its fuel reaching Bamako as a trailing mean, stacked by route in shades of the
 * corridor's colour, against the corridor's own baseline (dashed). Each panel has its own scale, so that a small
 * corridor's collapse shows as clearly as a large one's; the baseline line makes the panels comparable, and the
 * stack shows which road the fuel came by.
 */
final class CorridorSupplyChart {

    private CorridorSupplyChart() {
    }

    /** The corridors drawn: those with fuel at the baseline or since. */
    static List<CorridorSummary> corridors(Figures figures) {
        return figures.corridors().stream()
                .filter(c -> c.baselineM3PerDay() > 0 || figures.corridorDaily().stream()
                        .anyMatch(d -> d.corridor().equals(c.corridor()) && d.volumeM3() > 0))
                .toList();
    }

    /**
     * The corridor's routes as running totals, the whole stack first: series {@code j} is the sum of the first
     * {@code n - j} routes, named for the last of them ("CI · Ségou road"), which is the band it shows above the
     * next series. Drawn in order, each area over the one before, they stack without per-day seams.
     */
    static XYSeriesCollection dataset(Figures figures, String corridor, ChartStyle style) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<LocalDate, Map<String, Double>> byDay = new TreeMap<>();
        for (RouteDailySupply d : figures.routeDaily()) {
            if (d.corridor().equals(corridor)) {
                names.putIfAbsent(d.route(), style.label("corridorSupply.route", "corridor", corridor, "route",
                        style.routeName(d.route(), d.routeName())));
                byDay.computeIfAbsent(d.date(), k -> new LinkedHashMap<>()).put(d.route(), d.trailingMeanM3());
            }
        }
        List<String> routes = List.copyOf(names.keySet());
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (int last = routes.size() - 1; last >= 0; last--) {
            XYSeries series = new XYSeries(names.get(routes.get(last)), true, false);
            for (Map.Entry<LocalDate, Map<String, Double>> day : byDay.entrySet()) {
                double total = 0;
                for (int r = 0; r <= last; r++) {
                    total += day.getValue().getOrDefault(routes.get(r), 0.0);
                }
                series.add(SupplyChart.millis(day.getKey()), total);
            }
            dataset.addSeries(series);
        }
        return dataset;
    }

    /** Route {@code i} of {@code n} in a corridor: the corridor's colour, lighter for each later route. */
    static Color shade(Color colour, int i, int n) {
        double toWhite = n <= 1 ? 0 : 0.6 * i / (n - 1);
        return new Color((int) Math.round(colour.getRed() + (255 - colour.getRed()) * toWhite),
                (int) Math.round(colour.getGreen() + (255 - colour.getGreen()) * toWhite),
                (int) Math.round(colour.getBlue() + (255 - colour.getBlue()) * toWhite));
    }

    public static JFreeChart create(Figures figures, ChartStyle style) {
        DateAxis time = style.dateAxis();
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
        combined.setGap(6);
        List<CorridorSummary> corridors = corridors(figures);
        for (CorridorSummary c : corridors) {
            NumberAxis volume = new NumberAxis(c.corridor());
            volume.setNumberFormatOverride(new DecimalFormat("#,##0"));
            volume.setTickLabelFont(style.font(Face.REGULAR, 6.5f));
            volume.setLabelFont(style.font(Face.BOLD, 8f));
            volume.setLabelPaint(style.corridor(c.corridor()));
            volume.setUpperMargin(0.15);
            // the baseline always shows, even where supply never came near it
            volume.setAutoRangeIncludesZero(true);
            XYAreaRenderer area = new XYAreaRenderer(XYAreaRenderer.AREA);
            area.setLegendArea(new Rectangle2D.Double(-4, -4, 8, 8));
            XYPlot plot = new XYPlot(dataset(figures, c.corridor(), style), null, volume, area);
            plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
            plot.setDomainGridlinesVisible(false);
            if (c.baselineM3PerDay() > 0) {
                ValueMarker baseline = new ValueMarker(c.baselineM3PerDay(), ChartStyle.MUTED, ChartStyle.DASHED);
                baseline.setLabel(style.label("corridorSupply.baseline", "corridor",
                        style.corridorName(c.corridor(), c.name()), "m3", "%,.0f".formatted(c.baselineM3PerDay()),
                        "days", figures.definitions().currentWindowDays(), "pct",
                        c.pctOfBaseline() == null ? "–" : "%.0f%%".formatted(c.pctOfBaseline())));
                baseline.setLabelFont(style.font(Face.REGULAR, 6.5f));
                baseline.setLabelPaint(ChartStyle.INK);
                baseline.setLabelBackgroundColor(Color.WHITE);
                baseline.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                baseline.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
                plot.addRangeMarker(baseline);
                volume.setRange(0, Math.max(c.baselineM3PerDay(), maxMean(figures, c.corridor())) * 1.3);
            } else {
                ValueMarker none = new ValueMarker(0, ChartStyle.MUTED, ChartStyle.DASHED);
                none.setLabel(style.label("corridorSupply.none", "corridor",
                        style.corridorName(c.corridor(), c.name())));
                none.setLabelFont(style.font(Face.REGULAR, 6.5f));
                none.setLabelPaint(ChartStyle.INK);
                // at the start, where a corridor without a baseline has no fuel to hide it
                none.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                none.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
                none.setLabelBackgroundColor(Color.WHITE);
                plot.addRangeMarker(none);
            }
            combined.add(plot, 1);
        }
        JFreeChart chart = style.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, combined, true));
        // the theme resets series colours; set them after it
        for (int i = 0; i < combined.getSubplots().size(); i++) {
            XYPlot plot = combined.getSubplots().get(i);
            Color colour = style.corridor(corridors.get(i).corridor());
            int routes = plot.getDataset().getSeriesCount();
            for (int j = 0; j < routes; j++) {
                plot.getRenderer().setSeriesPaint(j, shade(colour, routes - 1 - j, routes));
            }
            plot.getRangeAxis().setLabelPaint(colour);
            plot.getRangeAxis().setLabelFont(style.font(Face.BOLD, 8f));
            plot.getRangeAxis().setTickLabelFont(style.font(Face.REGULAR, 6.5f));
        }
        return chart;
    }

    private static double maxMean(Figures figures, String corridor) {
        return figures.corridorDaily().stream().filter(d -> d.corridor().equals(corridor)
                && d.trailingMeanM3() != null).mapToDouble(CorridorDailySupply::trailingMeanM3).max().orElse(0);
    }
}
