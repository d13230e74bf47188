package org.fuelwatch.charts;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.function.LongToDoubleFunction;

import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Incidents (or groups of them) as circles whose radius in points comes from the tankers destroyed in each; one
 * that destroyed none is a small hollow circle, and one whose count nobody reported a small dashed one. Counts are
 * given per series and item, in the order of the dataset; series after the last one given (events on the timeline)
 * keep their own shape, filled.
 */
final class CircleRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    /** The outline of a mark whose tanker count is unknown: dashed, so it does not read as "none destroyed". */
    static final BasicStroke UNKNOWN = new BasicStroke(0.9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {1.6f, 1.4f}, 0f);

    private final List<long[]> tankers;
    private final List<boolean[]> unknown;
    private final transient LongToDoubleFunction radius;

    /** Every count known. */
    CircleRenderer(List<long[]> tankers, LongToDoubleFunction radius) {
        this(tankers, tankers.stream().map(t -> new boolean[t.length]).toList(), radius);
    }

    /**
     * @param unknown per series and item, whether the count is unknown (drawn dashed and hollow)
     */
    CircleRenderer(List<long[]> tankers, List<boolean[]> unknown, LongToDoubleFunction radius) {
        super(false, true);
        this.tankers = tankers;
        this.unknown = unknown;
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

    boolean unknown(int series, int item) {
        return sized(series) && unknown.get(series)[item];
    }

    @Override
    public boolean getItemShapeFilled(int series, int item) {
        return !sized(series) || tankers(series, item) > 0 && !unknown(series, item);
    }

    @Override
    public java.awt.Stroke getItemOutlineStroke(int series, int item) {
        return unknown(series, item) ? UNKNOWN : super.getItemOutlineStroke(series, item);
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
