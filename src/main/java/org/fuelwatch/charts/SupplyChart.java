package org.fuelwatch.charts;

import java.awt.BasicStroke;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.Figures.DailySupply;
import org.fuelwatch.system.Fonts.Face;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * Daily fuel reaching Bamako against the pre-blockade baseline: daily bars, the trailing mean, the baseline, the
 * worst window shaded, and the key dates numbered (the briefing lists what each number is).
 */
final class SupplyChart {

    private SupplyChart() {
    }

    static TimeSeriesCollection dailyDataset(List<DailySupply> daily, String name) {
        TimeSeries volume = new TimeSeries(name);
        for (DailySupply d : daily) {
            volume.add(day(d.date()), d.volumeM3());
        }
        return new TimeSeriesCollection(volume, ChartStyle.ZONE);
    }

    static TimeSeriesCollection meanDataset(List<DailySupply> daily, String name) {
        TimeSeries mean = new TimeSeries(name);
        for (DailySupply d : daily) {
            if (d.trailingMeanM3() != null) {
                mean.add(day(d.date()), d.trailingMeanM3());
            }
        }
        return new TimeSeriesCollection(mean, ChartStyle.ZONE);
    }

    public static JFreeChart create(Figures figures, ChartStyle style) {
        DateAxis time = style.dateAxis();
        NumberAxis volume = new NumberAxis(style.axisLabel("supply.axis"));
        volume.setNumberFormatOverride(new DecimalFormat("#,##0"));

        XYBarRenderer bars = new XYBarRenderer(0.15);
        XYPlot plot = new XYPlot(dailyDataset(figures.daily(), style.label("supply.daily")), time, volume, bars);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        plot.setDataset(1, meanDataset(figures.daily(), style.label("supply.mean", "days",
                figures.definitions().worstWindowDays())));
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = style.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        bars.setSeriesPaint(0, ChartStyle.BAR);
        bars.setShadowVisible(false);
        line.setSeriesPaint(0, ChartStyle.INK);
        line.setSeriesStroke(0, new BasicStroke(1.8f));

        Figures.SupplyCut cut = figures.supplyCut();
        ValueMarker baseline = new ValueMarker(cut.baselineM3PerDay(), ChartStyle.MUTED, ChartStyle.DASHED);
        baseline.setLabel(style.label("supply.baseline", "m3", "%,.0f".formatted(cut.baselineM3PerDay())));
        baseline.setLabelFont(style.font(Face.REGULAR, 7f));
        baseline.setLabelPaint(ChartStyle.MUTED);
        baseline.setLabelBackgroundColor(java.awt.Color.WHITE);
        baseline.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        baseline.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(baseline);

        IntervalMarker worst = new IntervalMarker(millis(cut.worstWindow().from()),
                millis(cut.worstWindow().to().plusDays(1)), ChartStyle.SHADE);
        worst.setLabel(style.label("supply.worst", "pct", "%.0f".formatted(cut.cutPct())));
        worst.setLabelFont(style.font(Face.BOLD, 7f));
        worst.setLabelPaint(ChartStyle.ALERT);
        worst.setLabelAnchor(RectangleAnchor.BOTTOM);
        worst.setLabelTextAnchor(TextAnchor.BOTTOM_CENTER);
        worst.setLabelOffset(new RectangleInsets(2, 2, 14, 2));
        worst.setLabelBackgroundColor(java.awt.Color.WHITE);
        plot.addDomainMarker(worst, Layer.FOREGROUND);

        // markers on the same day share one line, labelled with all their numbers
        Map<LocalDate, List<String>> numbers = new TreeMap<>();
        List<Figures.TimelineEntry> entries = figures.keyDates();
        for (int i = 0; i < entries.size(); i++) {
            numbers.computeIfAbsent(entries.get(i).date(), d -> new ArrayList<>()).add(String.valueOf(i + 1));
        }
        for (Map.Entry<LocalDate, List<String>> entry : numbers.entrySet()) {
            ValueMarker marker = new ValueMarker(millis(entry.getKey()) + 12 * 3600_000L, ChartStyle.ALERT,
                    new BasicStroke(0.8f));
            marker.setLabel(String.join(",", entry.getValue()));
            marker.setLabelBackgroundColor(java.awt.Color.WHITE);
            marker.setLabelFont(style.font(Face.BOLD, 7f));
            marker.setLabelPaint(ChartStyle.ALERT);
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(marker);
        }
        plot.setDomainGridlinesVisible(false);
        return chart;
    }

    static Day day(LocalDate date) {
        return new Day(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()), ChartStyle.ZONE, Locale.UK);
    }

    static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
