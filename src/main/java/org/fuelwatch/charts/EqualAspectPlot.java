package org.fuelwatch.charts;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.jfree.chart.renderer.xy.XYItemRenderer;

/**
 * An XY plot whose x and y units have the same length on the page: just before drawing, it widens the shorter side
 * of the view to the shape of the area it was given. Its axes are hidden, so the data area is the plot area less
 * the insets, known before the axes are laid out.
 */
final class EqualAspectPlot extends XYPlot {

    private static final long serialVersionUID = 1L;

    private final Rectangle2D view;

    EqualAspectPlot(XYDataset dataset, XYItemRenderer renderer, Rectangle2D view) {
        super(dataset, new NumberAxis(), new NumberAxis(), renderer);
        this.view = (Rectangle2D) view.clone();
        getDomainAxis().setVisible(false);
        getRangeAxis().setVisible(false);
        setAxisOffset(RectangleInsets.ZERO_INSETS);
        setDomainGridlinesVisible(false);
        setRangeGridlinesVisible(false);
        fit(view.getWidth(), view.getHeight());
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        Rectangle2D dataArea = getInsets().createInsetRectangle(area);
        fit(dataArea.getWidth(), dataArea.getHeight());
        super.draw(g2, area, anchor, parentState, info);
    }

    /** Sets both ranges around the view's centre so that one unit has one length across an area of this shape. */
    private void fit(double width, double height) {
        double unit = Math.min(width / view.getWidth(), height / view.getHeight());
        double halfWidth = width / unit / 2;
        double halfHeight = height / unit / 2;
        // no change event: this runs while the chart is being drawn
        getDomainAxis().setRange(new Range(view.getCenterX() - halfWidth, view.getCenterX() + halfWidth), true, false);
        getRangeAxis().setRange(new Range(view.getCenterY() - halfHeight, view.getCenterY() + halfHeight), true, false);
    }
}
