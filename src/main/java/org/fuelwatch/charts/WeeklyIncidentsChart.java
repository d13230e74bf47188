package org.fuelwatch.charts;

import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.Figures.WeeklyIncidents;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.data.time.TimeTableXYDataset;

/** Incidents per week, stacked by corridor in the corridor colours. */
final class WeeklyIncidentsChart {

    private WeeklyIncidentsChart() {
    }

    static TimeTableXYDataset dataset(Figures figures) {
        Map<LocalDate, Map<String, Long>> weeks = new TreeMap<>();
        // weeks without any incident are left out, so that the bars start at the first attack
        for (WeeklyIncidents week : figures.weekly().stream().filter(w -> w.incidents() > 0).toList()) {
            weeks.computeIfAbsent(week.weekStart(), w -> new HashMap<>()).put(week.corridor(), week.incidents());
        }
        TimeTableXYDataset dataset = new TimeTableXYDataset(ChartStyle.ZONE, Locale.UK);
        weeks.forEach((weekStart, counts) -> {
            long start = SupplyChart.millis(weekStart);
            SimpleTimePeriod period = new SimpleTimePeriod(new Date(start), new Date(start + 7 * 86_400_000L - 1));
            // every corridor gets a value each week, so that the stacks and the legend line up
            for (Figures.CorridorSummary corridor : figures.corridors()) {
                dataset.add(period, counts.getOrDefault(corridor.corridor(), 0L), corridor.corridor(), false);
            }
        });
        return dataset;
    }

    public static JFreeChart create(Figures figures, ChartStyle style) {
        TimeTableXYDataset dataset = dataset(figures);
        StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.15);
        DateAxis time = style.dateAxis();
        NumberAxis count = new NumberAxis(style.axisLabel("weekly.axis"));
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(dataset, time, count, renderer);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = style.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        renderer.setShadowVisible(false);
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, style.corridor((String) dataset.getSeriesKey(s)));
        }
        return chart;
    }
}
