package org.fuelwatch.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.system.Fonts;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each chart drawn onto an image from figures made by hand, and the datasets the charts are drawn from. */
class ChartKindTests {

    static final Fonts FONTS = new Fonts();

    static BufferedImage draw(ChartKind kind, Figures figures) {
        JFreeChart chart = kind.create(figures, new ChartStyle(FONTS, figures.corridors()));
        BufferedImage image = new BufferedImage((int) kind.width(), (int) kind.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, kind.width(), kind.height()));
        } finally {
            g2.dispose();
        }
        return image;
    }

    /** Pixels close to a colour: the corridors' red and blue are far from the greys and the ink of the rest. */
    static long pixels(BufferedImage image, Color colour) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue()) < 60) {
                    n++;
                }
            }
        }
        return n;
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void everyChartDrawsSomethingBesidesItsWhiteGround(ChartKind kind) {
        BufferedImage image = draw(kind, ChartFigures.figures(false));

        long ink = (long) image.getWidth() * image.getHeight() - pixels(image, Color.WHITE);
        assertThat(ink).as("non-white pixels").isGreaterThan(1000);
    }

    @ParameterizedTest
    @EnumSource(value = ChartKind.class, names = {"CORRIDOR_SUPPLY", "WEEKLY_INCIDENTS", "MAP", "ROUTE_SHARE"})
    void chartsByCorridorDrawEachInItsColour(ChartKind kind) {
        BufferedImage image = draw(kind, ChartFigures.figures(false));

        assertThat(pixels(image, new Color(0xcc, 0, 0))).as("corridor A, red").isGreaterThan(20);
        assertThat(pixels(image, new Color(0, 0, 0xcc))).as("corridor B, blue").isGreaterThan(20);
    }

    @Test
    void theAggregatedMapAndWeeklyTimelineDrawToo() {
        Figures figures = ChartFigures.figures(true);

        assertThat(pixels(draw(ChartKind.MAP, figures), new Color(0xcc, 0, 0))).isGreaterThan(20);
        // the weekly attack lane is grey: no corridor colour on the timeline
        assertThat(pixels(draw(ChartKind.TIMELINE, figures), new Color(0xcc, 0, 0))).isZero();
    }

    @Nested
    class Datasets {

        @Test
        void theSupplyChartHasOneBarPerDayAndAMeanFromTheFirstFullWindow() {
            Figures f = ChartFigures.figures(false);

            assertThat(SupplyChart.dailyDataset(f.daily(), "daily").getItemCount(0)).isEqualTo(ChartFigures.DAYS);
            assertThat(SupplyChart.meanDataset(f.daily(), "7-day mean").getItemCount(0)).isEqualTo(ChartFigures.DAYS - 6);
        }

        @Test
        void theMapHasOneSeriesPerCorridorWithItsMarks() {
            Figures f = ChartFigures.figures(false);
            MapProjection p = MapProjection.around(f.map());

            XYSeriesCollection marks = MapChart.incidentDataset(f, p);

            assertThat(marks.getSeriesCount()).isEqualTo(2);
            assertThat(marks.getItemCount(0)).isEqualTo(2);
            assertThat(marks.getItemCount(1)).isEqualTo(1);
        }

        @Test
        void theMapLegendExplainsDashedCirclesOnlyWhenAMarkHasNoReportedTankerCount() {
            Figures known = ChartFigures.figures(false);
            ChartStyle style = new ChartStyle(FONTS, known.corridors());

            assertThat(labels(MapChart.legend(known, style))).doesNotContain("tanker count not reported");
            assertThat(labels(MapChart.legend(ChartFigures.figures(false, true), style)))
                    .contains("tanker count not reported", "no tanker destroyed");
        }

        private static java.util.List<String> labels(org.jfree.chart.LegendItemCollection items) {
            java.util.List<String> labels = new java.util.ArrayList<>();
            for (int i = 0; i < items.getItemCount(); i++) {
                labels.add(items.get(i).getLabel());
            }
            return labels;
        }

        @Test
        void theMapsCirclesShrinkSoThatTheLargestStaysWithinTheMaximum() {
            Figures few = ChartFigures.figures(false);
            assertThat(MapChart.scale(few.map())).as("a few incidents: as always")
                    .isEqualTo(MapChart.RADIUS_PER_SQRT_TANKER);
            var many = new Figures.MapLayers(few.map().outlines(), few.map().routes(), few.map().towns(),
                    java.util.List.of(new Figures.MapMark("A", null, 11, -8, 5000, 40_000, 0)), 0.5, 5000, 0);
            assertThat(MapChart.radius(40_000, MapChart.scale(many))).isCloseTo(MapChart.MAX_RADIUS,
                    org.assertj.core.api.Assertions.within(1e-9));
        }

        @Test
        void theTimelinesAttackLaneIsTheIncidentsByCorridorOrOneSeriesOfWeeks() {
            XYSeriesCollection incidents = TimelineChart.dataset(ChartFigures.figures(false));
            XYSeriesCollection weeks = TimelineChart.dataset(ChartFigures.figures(true));

            // 2 corridors + 3 event lanes; 1 series of weeks + 3 event lanes
            assertThat(incidents.getSeriesCount()).isEqualTo(5);
            assertThat(incidents.getItemCount(0) + incidents.getItemCount(1)).isEqualTo(3);
            assertThat(weeks.getSeriesCount()).isEqualTo(4);
            assertThat(weeks.getSeriesKey(0)).isEqualTo(TimelineChart.ALL_CORRIDORS);
            assertThat(weeks.getItemCount(0)).isEqualTo(3);
        }
    }
}
