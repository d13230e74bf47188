package org.fuelwatch.charts;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.fuelwatch.charts.LabelPlacer.TextSize;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The number of incidents on each aggregated map mark, centred on it, with a white halo so it reads on any fill;
 * where numbers would overlap, the larger mark's is drawn and the smaller's left out.
 */
final class MarkCounts extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    private final List<Point2D> centres;
    private final List<Long> counts;
    private final Font font;

    /** @param centres the marks' centres in projected units, in the order of {@code counts} */
    MarkCounts(List<Point2D> centres, List<Long> counts, Font font) {
        this.centres = centres;
        this.counts = counts;
        this.font = font;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        MapGeometry.Transform t = new MapGeometry.Transform(plot, dataArea, domainAxis, rangeAxis);
        FontMetrics metrics = g2.getFontMetrics(font);
        // the marks come largest first, so where two numbers would overlap the larger mark keeps its number
        List<Rectangle2D> drawn = new ArrayList<>();
        for (int i = 0; i < centres.size(); i++) {
            Point2D at = t.point(centres.get(i).getX(), centres.get(i).getY());
            String text = String.valueOf(counts.get(i));
            TextSize size = new TextSize(metrics.stringWidth(text), metrics.getAscent());
            float x = (float) (at.getX() - size.width() / 2.0);
            float y = (float) (at.getY() + size.capHeight() / 2);
            Rectangle2D box = LabelPlacer.box(x, y, size);
            if (drawn.stream().noneMatch(box::intersects)) {
                drawn.add(box);
                MapLabels.drawWithHalo(g2, text, font, x, y, ChartStyle.INK);
            }
        }
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
