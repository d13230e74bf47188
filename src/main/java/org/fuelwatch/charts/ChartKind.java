package org.fuelwatch.charts;

import java.util.function.BiFunction;

import org.fuelwatch.figures.Figures;
import org.jfree.chart.JFreeChart;

/** The charts of the briefing, each with its size on the page in points. */
public enum ChartKind {
    SUPPLY("supply", 515, 250, SupplyChart::create),
    CORRIDOR_SUPPLY("corridor-supply", 515, 350, CorridorSupplyChart::create),
    ROUTE_SHARE("route-share", 515, 220, RouteShareChart::create),
    WEEKLY_INCIDENTS("weekly-incidents", 515, 230, WeeklyIncidentsChart::create),
    MAP("map", 515, 430, MapChart::create),
    TIMELINE("timeline", 515, 190, TimelineChart::create);

    private final String fileName;
    private final float width;
    private final float height;
    private final BiFunction<Figures, ChartStyle, JFreeChart> factory;

    ChartKind(String fileName, float width, float height, BiFunction<Figures, ChartStyle, JFreeChart> factory) {
        this.fileName = fileName;
        this.width = width;
        this.height = height;
        this.factory = factory;
    }

    public String fileName() {
        return fileName + ".pdf";
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    public JFreeChart create(Figures figures, ChartStyle style) {
        return factory.apply(figures, style);
    }
}
