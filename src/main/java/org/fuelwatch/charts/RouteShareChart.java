package org.fuelwatch.charts;

import java.awt.Paint;
import java.text.DecimalFormat;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.Figures.RouteVolume;
import org.jfree.chart.JFreeChart;
import org.fuelwatch.system.Fonts.Face;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** Each route's share of all fuel reaching Bamako since the blockade began, coloured by corridor. */
final class RouteShareChart {

    private RouteShareChart() {
    }

    static String label(RouteVolume route, ChartStyle style) {
        return style.label("routeShare.route", "corridor", route.corridor(), "route",
                style.routeName(route.route(), route.name()));
    }

    static DefaultCategoryDataset dataset(Figures figures, ChartStyle style) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (RouteVolume route : figures.routes()) {
            dataset.addValue(route.shareOfTotalPct(), "share", label(route, style));
        }
        return dataset;
    }

    public static JFreeChart create(Figures figures, ChartStyle style) {
        DefaultCategoryDataset dataset = dataset(figures, style);
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return style.corridor(figures.routes().get(column).corridor());
            }
        };
        NumberAxis share = new NumberAxis(style.label("routeShare.axis"));
        share.setUpperMargin(0.12);
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), share, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        JFreeChart chart = style.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%",
                new DecimalFormat("0.0")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(style.font(Face.REGULAR, 7f));
        renderer.setDefaultItemLabelPaint(ChartStyle.INK);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);
        return chart;
    }
}
