package org.fuelwatch.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.fuelwatch.charts.LabelPlacer.Placement;
import org.fuelwatch.charts.LabelPlacer.TextSize;
import org.junit.jupiter.api.Test;

/** The label placer alone: sizes in, positions out, no fonts or drawing. */
class LabelPlacerTests {

    static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 200, 100);
    static final TextSize WORD = new TextSize(30, 10);

    @Test
    void aLabelGoesRightOfItsPointWhenThereIsRoom() {
        Placement p = new LabelPlacer(AREA).beside(new Point2D.Double(50, 50), WORD, List.of());

        assertThat(p.x()).isEqualTo(53.5f);
        assertThat(p.y()).isEqualTo(54f);
        assertThat(p.box()).isEqualTo(LabelPlacer.box(53.5f, 54f, WORD));
    }

    @Test
    void aTakenSpotSendsTheLabelLeftThenToTheNextFreeSpotAndASecondLabelNeverOverlapsTheFirst() {
        LabelPlacer placer = new LabelPlacer(AREA);
        Point2D at = new Point2D.Double(50, 50);
        placer.take(new Rectangle2D.Double(52, 50, 40, 10));

        Placement left = placer.beside(at, WORD, List.of());
        Placement next = placer.beside(at, WORD, List.of());

        assertThat(left.x()).isEqualTo(50 - 3.5f - 30);
        assertThat(next).isNotNull();
        assertThat(next.box().intersects(left.box())).isFalse();
        // right, left, above and below are taken or overlap the first label: above right
        assertThat(next.x()).isEqualTo(53.5f);
        assertThat(next.y()).isEqualTo(46.5f);
    }

    @Test
    void aLabelStaysInsideTheAreaAndAvoidsWhatItIsToldToAvoid() {
        LabelPlacer placer = new LabelPlacer(AREA);
        // right of a point at the right edge is outside the area: the label goes left
        Placement edge = placer.beside(new Point2D.Double(195, 50), WORD, List.of());
        assertThat(edge.box().getMaxX()).isLessThanOrEqualTo(AREA.getMaxX());
        assertThat(edge.x()).isLessThan(195f);
        // a circle to avoid right of the point
        Placement avoiding = placer.beside(new Point2D.Double(100, 20), WORD,
                List.of(new Rectangle2D.Double(102, 10, 30, 20)));
        assertThat(avoiding.box().intersects(new Rectangle2D.Double(102, 10, 30, 20))).isFalse();
    }

    @Test
    void aLabelThatFitsNowhereIsNotPlaced() {
        LabelPlacer placer = new LabelPlacer(AREA);
        placer.take(AREA);

        assertThat(placer.beside(new Point2D.Double(50, 50), WORD, List.of())).isNull();
    }

    @Test
    void aRegionsLabelTakesItsCentreLineElseTheNearestFreeLine() {
        LabelPlacer placer = new LabelPlacer(AREA);
        Rectangle2D region = new Rectangle2D.Double(0, 0, 200, 100);
        Point2D centre = new Point2D.Double(100, 50);

        Placement first = placer.within(region, centre, WORD, 10);
        Placement second = placer.within(region, centre, WORD, 10);

        assertThat(first.x()).isEqualTo(85f);
        assertThat(first.y()).isEqualTo(50f);
        assertThat(second.y()).as("one line up").isEqualTo(38f);
        assertThat(placer.within(new Rectangle2D.Double(0, 0, 20, 100), centre, WORD, 10)).as("too narrow")
                .isNull();
    }
}
