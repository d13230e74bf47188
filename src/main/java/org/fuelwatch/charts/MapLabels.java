package org.fuelwatch.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.fuelwatch.charts.LabelPlacer.Placement;
import org.fuelwatch.charts.LabelPlacer.TextSize;
import org.fuelwatch.charts.MapGeometry.Transform;
import org.fuelwatch.figures.Figures.Outline;
import org.fuelwatch.figures.Figures.Town;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The text of the map, placed at drawing time when the page scale and the font metrics are known: country names
 * (under everything else), and towns with a scale bar (over everything else). Town labels go first, in rank order,
 * each at the first of a few spots beside its dot that overlaps no label, dot, circle or the scale bar (failing
 * that, one that overlaps only circles); a town whose label fits nowhere keeps its dot only. Country names then take
 * the middle of the country's part in view, or the nearest free spot above or below it. Where each goes is decided
 * by {@link LabelPlacer}; this class measures the text and draws it.
 */
final class MapLabels {

    private final List<Outline> outlines;
    private final List<Town> towns;
    private final List<Rectangle2D> circles = new ArrayList<>();
    private final MapProjection projection;
    private final Font country;
    /** A country's name as the edition writes it, or null for the English name from the JDK. */
    private final java.util.function.Function<String, String> countries;
    private final java.util.function.LongFunction<String> scale;
    private final Font town;
    private final Font destination;
    private final Font small;
    private Placed placed;

    /** Where each label went, for one data area. */
    private record Placed(Rectangle2D dataArea, List<Label> towns, List<Label> countries, Rectangle2D scaleBar) {
    }

    private record Label(String text, Font font, float x, float y) {
    }

    /**
     * @param countries a country's name by its code, drawn ready; null for the name in the outlines
     * @param scale     the scale bar's label for a length in kilometres, drawn ready ("200 km")
     */
    MapLabels(List<Outline> outlines, List<Town> towns, java.util.function.Function<String, String> countries,
            java.util.function.LongFunction<String> scale, List<Point2D> incidentCentres, List<Double> radii,
            MapProjection projection, Font country, Font town, Font destination, Font small) {
        this.outlines = outlines;
        this.countries = countries;
        this.scale = scale;
        this.towns = towns.stream().sorted(Comparator.comparingInt(Town::rank).reversed()
                .thenComparing(Town::name)).toList();
        for (int i = 0; i < incidentCentres.size(); i++) {
            Point2D c = incidentCentres.get(i);
            // centres in projected units; the radius in points is added when placing
            circles.add(new Rectangle2D.Double(c.getX(), c.getY(), radii.get(i), 0));
        }
        this.projection = projection;
        this.country = country;
        this.town = town;
        this.destination = destination;
        this.small = small;
    }

    /** The annotation under the routes: country names. */
    AbstractXYAnnotation countries() {
        return new Layer(true);
    }

    /** The annotation over the incidents: town dots and labels, and the scale bar. */
    AbstractXYAnnotation towns() {
        return new Layer(false);
    }

    private final class Layer extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;
        private final boolean under;

        Layer(boolean under) {
            this.under = under;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                int rendererIndex, PlotRenderingInfo info) {
            Transform t = new Transform(plot, dataArea, domainAxis, rangeAxis);
            Placed p = place(g2, t, dataArea);
            if (under) {
                g2.setPaint(new Color(0x8a, 0x93, 0x9e));
                for (Label label : p.countries()) {
                    g2.setFont(label.font());
                    g2.drawString(label.text(), label.x(), label.y());
                }
                return;
            }
            drawDots(g2, t);
            drawScaleBar(g2, t, p.scaleBar());
            for (Label label : p.towns()) {
                drawWithHalo(g2, label.text(), label.font(), label.x(), label.y(), ChartStyle.INK);
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

    private synchronized Placed place(Graphics2D g2, Transform t, Rectangle2D dataArea) {
        if (placed != null && placed.dataArea().equals(dataArea)) {
            return placed;
        }
        LabelPlacer placer = new LabelPlacer(dataArea);
        Rectangle2D bar = scaleBarBox(t, dataArea);
        placer.take(bar);
        List<Town> labelled = towns.stream().filter(x -> x.rank() > 0).toList();
        for (Town x : labelled) {
            Point2D at = t.point(projection.x(x.lon()), projection.y(x.lat()));
            placer.take(new Rectangle2D.Double(at.getX() - 2, at.getY() - 2, 4, 4));
        }
        List<Rectangle2D> circleBoxes = new ArrayList<>();
        for (Rectangle2D c : circles) {
            Point2D at = t.point(c.getX(), c.getY());
            double r = c.getWidth();
            circleBoxes.add(new Rectangle2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r));
        }
        List<Label> townLabels = new ArrayList<>();
        for (Town x : labelled) {
            Point2D at = t.point(projection.x(x.lon()), projection.y(x.lat()));
            Font font = x.rank() >= 100 ? destination : town;
            TextSize size = size(g2, x.name(), font);
            // clear of the incident circles if it can be, else over them
            Placement p = placer.beside(at, size, circleBoxes);
            if (p == null) {
                p = placer.beside(at, size, List.of());
            }
            if (p != null) {
                townLabels.add(new Label(x.name(), font, p.x(), p.y()));
            }
        }
        List<Label> countryLabels = new ArrayList<>();
        FontMetrics metrics = g2.getFontMetrics(country);
        for (Outline outline : outlines) {
            Area inView = new Area(outlinePath(outline, t));
            inView.intersect(new Area(dataArea));
            Point2D centre = MapGeometry.centroid(inView);
            String own = countries.apply(outline.country());
            String name = own != null ? own : countryName(outline.country());
            TextSize size = size(g2, name, country);
            Rectangle2D bounds = inView.getBounds2D();
            if (centre == null || bounds.getWidth() < size.width() || bounds.getHeight() < 3 * metrics.getHeight()) {
                continue;
            }
            Placement p = placer.within(inView, centre, size, metrics.getHeight());
            if (p != null) {
                countryLabels.add(new Label(name, country, p.x(), p.y()));
            }
        }
        placed = new Placed((Rectangle2D) dataArea.clone(), townLabels, countryLabels, bar);
        return placed;
    }

    private static TextSize size(Graphics2D g2, String text, Font font) {
        FontMetrics metrics = g2.getFontMetrics(font);
        return new TextSize(metrics.stringWidth(text), metrics.getAscent());
    }

    private Path2D outlinePath(Outline outline, Transform t) {
        Path2D shape = new Path2D.Double();
        for (int i = 0; i < outline.points().size(); i++) {
            var p = outline.points().get(i);
            Point2D at = t.point(projection.x(p.lon()), projection.y(p.lat()));
            if (i == 0) {
                shape.moveTo(at.getX(), at.getY());
            } else {
                shape.lineTo(at.getX(), at.getY());
            }
        }
        shape.closePath();
        return shape;
    }

    private void drawDots(Graphics2D g2, Transform t) {
        for (Town x : towns) {
            Point2D at = t.point(projection.x(x.lon()), projection.y(x.lat()));
            boolean end = x.rank() >= 100;
            double r = end ? 3.2 : x.rank() > 0 ? 1.8 : 1.1;
            Shape dot = new Ellipse2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
            g2.setPaint(x.rank() > 0 ? ChartStyle.INK : ChartStyle.MUTED);
            g2.fill(dot);
            if (end) {
                g2.setPaint(Color.WHITE);
                g2.setStroke(new BasicStroke(1f));
                g2.draw(dot);
            }
        }
    }

    /** A bar of a round length near a fifth of the view's width, at the bottom left. */
    private Rectangle2D scaleBarBox(Transform t, Rectangle2D dataArea) {
        double length = t.x(scaleBarKm(t) / MapProjection.KM_PER_DEGREE) - t.x(0);
        double x = dataArea.getMinX() + 10;
        double y = dataArea.getMaxY() - 10;
        return new Rectangle2D.Double(x - 2, y - 14, Math.max(length, 40) + 4, 17);
    }

    private static double scaleBarKm(Transform t) {
        double km = t.domainAxis().getRange().getLength() * MapProjection.KM_PER_DEGREE / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(km)));
        for (double step : new double[] {5, 2, 1}) {
            if (km >= step * magnitude) {
                return step * magnitude;
            }
        }
        return magnitude;
    }

    private void drawScaleBar(Graphics2D g2, Transform t, Rectangle2D box) {
        double km = scaleBarKm(t);
        double length = t.x(km / MapProjection.KM_PER_DEGREE) - t.x(0);
        double x = box.getX() + 2;
        double y = box.getMaxY() - 3;
        g2.setPaint(ChartStyle.INK);
        g2.setStroke(new BasicStroke(1.2f));
        g2.draw(new Line2D.Double(x, y, x + length, y));
        g2.draw(new Line2D.Double(x, y - 3, x, y + 0.6));
        g2.draw(new Line2D.Double(x + length, y - 3, x + length, y + 0.6));
        drawWithHalo(g2, scale.apply(Math.round(km)), small, (float) x, (float) (y - 4), ChartStyle.INK);
    }

    /** Text with a white outline under it, so that it reads over lines and circles; the outline is a shape. */
    static void drawWithHalo(Graphics2D g2, String text, Font font, float x, float y, Color ink) {
        Shape outline = font.createGlyphVector(g2.getFontRenderContext(), text).getOutline(x, y);
        g2.setPaint(Color.WHITE);
        g2.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.draw(outline);
        g2.setPaint(ink);
        g2.setFont(font);
        g2.drawString(text, x, y);
    }

    /** The English name of an ISO country code, from the JDK's locale data; the code itself if it has none. */
    static String countryName(String code) {
        String name = Locale.of("", code).getDisplayCountry(Locale.UK);
        return (name.isBlank() || name.equals(code) ? code : name).toUpperCase(Locale.UK);
    }
}
