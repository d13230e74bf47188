package org.fuelwatch.charts;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.function.LongToDoubleFunction;

import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Incidents (or groups of them) as circles whose radius in points comes from the tankers destroyed in each; one
 * that destroyed none is a small hollow circle. Counts are given per series and item, in the order of the dataset; series after
 * the last one given (events on the timeline) keep their own shape, filled.
 */
final class CircleRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    private final List<long[]> tankers;
    private final transient LongToDoubleFunction radius;

    CircleRenderer(List<long[]> tankers, LongToDoubleFunction radius) {
        super(false, true);
        this.tankers = tankers;
        this.radius = radius;
        setUseFillPaint(true);
        setUseOutlinePaint(true);
        setDrawOutlines(true);
        setDefaultOutlineStroke(new BasicStroke(0.7f));
        setDefaultStroke(new BasicStroke(1.1f));
    }

    long tankers(int series, int item) {
        return tankers.get(series)[item];
    }

    private boolean sized(int series) {
        return series < tankers.size();
    }

    @Override
    public Shape getItemShape(int series, int item) {
        if (!sized(series)) {
            return super.getItemShape(series, item);
        }
        double r = radius.applyAsDouble(tankers(series, item));
        return new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
    }

    @Override
    public boolean getItemShapeFilled(int series, int item) {
        return !sized(series) || tankers(series, item) > 0;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
