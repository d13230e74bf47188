package org.fuelwatch.charts;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;

/** Plane geometry of the map: from projected units to points on the page, and the centre of a shape. */
final class MapGeometry {

    private MapGeometry() {
    }

    /** The centre of mass of a shape made of straight edges; null when it has no area. */
    static Point2D centroid(Shape shape) {
        double area = 0;
        double cx = 0;
        double cy = 0;
        double[] c = new double[6];
        double startX = 0;
        double startY = 0;
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = shape.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                startX = lastX = c[0];
                startY = lastY = c[1];
                continue;
            }
            double x = type == PathIterator.SEG_CLOSE ? startX : c[0];
            double y = type == PathIterator.SEG_CLOSE ? startY : c[1];
            double cross = lastX * y - x * lastY;
            area += cross;
            cx += (lastX + x) * cross;
            cy += (lastY + y) * cross;
            lastX = x;
            lastY = y;
        }
        if (Math.abs(area) < 1e-9) {
            return null;
        }
        return new Point2D.Double(cx / (3 * area), cy / (3 * area));
    }

    /** From projected map units to points on the page. */
    record Transform(XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis) {
        double x(double value) {
            return domainAxis.valueToJava2D(value, dataArea, plot.getDomainAxisEdge());
        }

        double y(double value) {
            return rangeAxis.valueToJava2D(value, dataArea, plot.getRangeAxisEdge());
        }

        Point2D point(double x, double y) {
            return new Point2D.Double(x(x), y(y));
        }
    }
}
