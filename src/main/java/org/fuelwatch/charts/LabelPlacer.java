package org.fuelwatch.charts;

import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places labels so that none overlaps another or anything already taken: beside a point, at the first of eight
 * spots that fits, or inside a region, at its centre or the nearest line above or below it. Pure geometry: text
 * sizes come in, positions go out, so it knows nothing of fonts or drawing. A placed label takes its box.
 */
final class LabelPlacer {

    /** The size of one line of text: its advance width and its font's ascent, in points. */
    record TextSize(double width, double ascent) {

        /** The height of capitals and most lowercase letters above the baseline, which is what a label covers. */
        double capHeight() {
            return ascent * 0.8;
        }
    }

    /** A placed label: where its baseline starts, and the box it takes. */
    record Placement(float x, float y, Rectangle2D box) {
    }

    private static final double GAP = 3.5;
    /** The spots beside a point tried in turn: right, left, above, below, then the four diagonals. */
    private static final int[][] SPOTS = {{1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {-1, -1}, {1, 1}, {-1, 1}};
    /** The lines tried for a label inside a region, in line heights from its centre. */
    private static final int[] LINES = {0, -1, 1, -2, 2, -3, 3, -4, 4};
    private static final double LINE_SPACING = 1.2;

    private final Rectangle2D area;
    private final List<Rectangle2D> taken = new ArrayList<>();

    /** @param area labels beside points stay inside it */
    LabelPlacer(Rectangle2D area) {
        this.area = area;
    }

    /** Marks a box as taken: no label will overlap it. */
    void take(Rectangle2D box) {
        taken.add(box);
    }

    /** The box a label covers: its text from the baseline up to the cap height, with a point of room around. */
    static Rectangle2D box(float x, float y, TextSize size) {
        return new Rectangle2D.Double(x - 1, y - size.capHeight() - 1, size.width() + 2, size.capHeight() + 3);
    }

    /**
     * A label beside a point: the first spot whose box lies inside the area and overlaps nothing taken and none of
     * {@code avoid}; null when no spot is free.
     */
    Placement beside(Point2D at, TextSize size, List<Rectangle2D> avoid) {
        double w = size.width();
        double ascent = size.capHeight();
        for (int[] spot : SPOTS) {
            double x = switch (spot[0]) {
                case 1 -> at.getX() + GAP;
                case -1 -> at.getX() - GAP - w;
                default -> at.getX() - w / 2;
            };
            double y = switch (spot[1]) {
                case -1 -> at.getY() - GAP;
                case 1 -> at.getY() + GAP + ascent;
                default -> at.getY() + ascent / 2;
            };
            Placement p = placement((float) x, (float) y, size);
            if (area.contains(p.box()) && free(p.box()) && avoid.stream().noneMatch(p.box()::intersects)) {
                taken.add(p.box());
                return p;
            }
        }
        return null;
    }

    /**
     * A label inside a region, centred across its centre: on the centre's line, or the nearest line above or below
     * whose box lies inside the region and overlaps nothing taken; null when none does.
     */
    Placement within(Shape region, Point2D centre, TextSize size, double lineHeight) {
        for (int line : LINES) {
            float x = (float) (centre.getX() - size.width() / 2.0);
            float y = (float) (centre.getY() + line * lineHeight * LINE_SPACING);
            Placement p = placement(x, y, size);
            if (region.contains(p.box()) && free(p.box())) {
                taken.add(p.box());
                return p;
            }
        }
        return null;
    }

    private boolean free(Rectangle2D box) {
        return taken.stream().noneMatch(box::intersects);
    }

    private static Placement placement(float x, float y, TextSize size) {
        return new Placement(x, y, box(x, y, size));
    }
}
