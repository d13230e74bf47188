package org.fuelwatch.acled;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class IncidentMergerTests {

    static final LocalDate DAY = LocalDate.of(2025, 10, 17);
    final IncidentMerger merger = new IncidentMerger(List.of(
            new IncidentMerger.OwnIncident("OWN-1", "CI", DAY, new GeoPoint(10.937, -6.715)),
            new IncidentMerger.OwnIncident("OWN-2", "CI", DAY, new GeoPoint(11.09, -6.89)),
            new IncidentMerger.OwnIncident("OWN-3", "SN", DAY, new GeoPoint(10.94, -6.72)),
            new IncidentMerger.OwnIncident("OWN-4", "CI", DAY, null)), AcledSettings.defaults());

    @Test
    void theNearestOwnIncidentOfTheSameCorridorWithinADayIsTheSame() {
        assertThat(merger.sameAs("CI", DAY, new GeoPoint(10.95, -6.73))).hasValue("OWN-1");
        assertThat(merger.sameAs("CI", DAY.plusDays(1), new GeoPoint(10.95, -6.73))).hasValue("OWN-1");
        assertThat(merger.sameAs("CI", DAY.minusDays(1), new GeoPoint(11.08, -6.88))).hasValue("OWN-2");
    }

    @Test
    void anotherCorridorTwoDaysOrMoreThan25KmIsAnotherIncident() {
        assertThat(merger.sameAs("CI", DAY.plusDays(2), new GeoPoint(10.95, -6.73))).isEmpty();
        assertThat(merger.sameAs("GN", DAY, new GeoPoint(10.95, -6.73))).isEmpty();
        // 0.25 degrees of latitude south of OWN-1 is 27.8 km
        assertThat(merger.sameAs("CI", DAY, new GeoPoint(10.687, -6.715))).isEmpty();
        // 0.22 degrees is 24.5 km
        assertThat(merger.sameAs("CI", DAY, new GeoPoint(10.717, -6.715))).hasValue("OWN-1");
    }
}
