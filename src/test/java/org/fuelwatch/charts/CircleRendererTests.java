package org.fuelwatch.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.junit.jupiter.api.Test;

class CircleRendererTests {

    @Test
    void incidentSeriesAreCirclesSizedByTankersAndLaterSeriesKeepTheirOwnFilledShape() {
        // given: one incident series (0 and 25 tankers destroyed), then an event series with a square of its own
        CircleRenderer renderer = new CircleRenderer(List.of(new long[] {0, 25}), TimelineChart::radius);
        Shape square = new Rectangle2D.Double(-3, -3, 6, 6);
        renderer.setSeriesShape(1, square);

        // then
        assertThat(renderer.getItemShape(0, 0)).isInstanceOf(Ellipse2D.class);
        assertThat(renderer.getItemShapeFilled(0, 0)).as("no tanker destroyed: hollow").isFalse();
        assertThat(renderer.getItemShape(0, 1).getBounds2D().getWidth()).isEqualTo(2 * TimelineChart.radius(25));
        assertThat(renderer.getItemShapeFilled(0, 1)).isTrue();
        assertThat(renderer.getItemShape(1, 0)).isSameAs(square);
        assertThat(renderer.getItemShapeFilled(1, 0)).isTrue();
    }

    @Test
    void aMarkWithNoReportedTankerCountIsHollowAndDashedNotDrawnAsNoneDestroyed() {
        CircleRenderer renderer = new CircleRenderer(List.of(new long[] {0, 0}),
                List.of(new boolean[] {false, true}), MapChart::radius);

        assertThat(renderer.getItemShapeFilled(0, 0)).isFalse();
        assertThat(renderer.getItemOutlineStroke(0, 0)).isNotSameAs(CircleRenderer.UNKNOWN);
        assertThat(renderer.getItemShapeFilled(0, 1)).isFalse();
        assertThat(renderer.getItemOutlineStroke(0, 1)).isSameAs(CircleRenderer.UNKNOWN);
    }
}
