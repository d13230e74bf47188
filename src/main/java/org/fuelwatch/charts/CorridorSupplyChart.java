package org.fuelwatch.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.Figures.CorridorDailySupply;
import org.fuelwatch.figures.Figures.CorridorSummary;
import org.fuelwatch.system.Fonts.Face;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * One small panel per corridor: its fuel reaching Bamako as a trailing mean against its own baseline (dashed), in
 * the corridor's colour. Each panel has its own scale, so that a small corridor's collapse shows as clearly as a
 * large one's; the baseline line makes the panels comparable.
 */
public final class CorridorSupplyChart {

    private CorridorSupplyChart() {
    }

    /** The corridors drawn: those with fuel at the baseline or since. */
    static List<CorridorSummary> corridors(Figures figures) {
        return figures.corridors().stream()
                .filter(c -> c.baselineM3PerDay() > 0 || figures.corridorDaily().stream()
                        .anyMatch(d -> d.corridor().equals(c.corridor()) && d.volumeM3() > 0))
                .toList();
    }

    static TimeSeriesCollection dataset(Figures figures, String corridor) {
        TimeSeries mean = new TimeSeries(corridor);
        for (CorridorDailySupply d : figures.corridorDaily()) {
            if (d.corridor().equals(corridor) && d.trailingMeanM3() != null) {
                mean.add(SupplyChart.day(d.date()), d.trailingMeanM3());
            }
        }
        return new TimeSeriesCollection(mean, ChartStyle.ZONE);
    }

    public static JFreeChart create(Figures figures, ChartStyle style) {
        DateAxis time = new DateAxis(null, ChartStyle.ZONE, Locale.UK);
        SimpleDateFormat format = new SimpleDateFormat("d MMM yy", Locale.UK);
        format.setTimeZone(ChartStyle.ZONE);
        time.setDateFormatOverride(format);
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
            XYPlot plot = new XYPlot(dataset(figures, c.corridor()), null, volume, area);
            Color colour = style.corridor(c.corridor());
            area.setSeriesPaint(0, new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0x55));
            area.setOutline(true);
            area.setSeriesOutlinePaint(0, colour);
            area.setSeriesOutlineStroke(0, new BasicStroke(1.2f));
            plot.setDomainGridlinesVisible(false);
            if (c.baselineM3PerDay() > 0) {
                ValueMarker baseline = new ValueMarker(c.baselineM3PerDay(), ChartStyle.MUTED, ChartStyle.DASHED);
                baseline.setLabel("%s · baseline %,.0f m³/day · last %d days %s".formatted(c.name(),
                        c.baselineM3PerDay(), figures.definitions().currentWindowDays(),
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
                none.setLabel("%s · no fuel at the baseline".formatted(c.name()));
                none.setLabelFont(style.font(Face.REGULAR, 6.5f));
                none.setLabelPaint(ChartStyle.INK);
                none.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                none.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
                none.setLabelBackgroundColor(Color.WHITE);
                plot.addRangeMarker(none);
            }
            combined.add(plot, 1);
        }
        JFreeChart chart = style.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, combined, false));
        // the theme resets series colours; set them again
        for (int i = 0; i < combined.getSubplots().size(); i++) {
            XYPlot plot = combined.getSubplots().get(i);
            Color colour = style.corridor(corridors.get(i).corridor());
            XYAreaRenderer area = (XYAreaRenderer) plot.getRenderer();
            area.setSeriesPaint(0, new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0x55));
            area.setSeriesOutlinePaint(0, colour);
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
