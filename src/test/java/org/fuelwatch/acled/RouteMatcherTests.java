package org.fuelwatch.acled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The matcher's distances against GeographicLib's geodesics on the WGS84 ellipsoid, the matching rules by precision,
 * the shared road sections of the sample's reference data, and the sample's own incidents landing on the routes their
 * rows name.
 */
class RouteMatcherTests {

    static final RouteMatcher.Route EAST_WEST = new RouteMatcher.Route("T-EW", "T",
            List.of(new GeoPoint(12.0, -8.0), new GeoPoint(12.0, -7.0)));

    /** Distance in km from p to the geodesic a-b, as the least over 2,000 points along it (WGS84, GeographicLib). */
    static double geodesicKm(GeoPoint p, GeoPoint a, GeoPoint b) {
        GeodesicData ab = Geodesic.WGS84.Inverse(a.latitude(), a.longitude(), b.latitude(), b.longitude());
        GeodesicLine line = Geodesic.WGS84.Line(a.latitude(), a.longitude(), ab.azi1);
        double best = Double.MAX_VALUE;
        for (int i = 0; i <= 2000; i++) {
            GeodesicData q = line.Position(ab.s12 * i / 2000);
            best = Math.min(best, Geodesic.WGS84.Inverse(p.latitude(), p.longitude(), q.lat2, q.lon2).s12);
        }
        return best / 1000;
    }

    @ParameterizedTest(name = "({0}, {1}) is {2} km from the segment")
    @CsvSource(textBlock = """
            # north of the middle: 0.1 degree of latitude, less the great circle's 0.0005-degree bulge to the pole
            12.1, -7.5, 11.07
            # south of it: the bulge adds
            11.9, -7.5, 11.17
            # beyond the eastern end: the distance to the end, 0.2 degree of longitude at 12 degrees N
            12.0, -6.8, 21.75
            # on the segment
            12.0, -7.25, 0.05
            """)
    void distancesAgreeWithGeographicLibAndWithTheHandWorkedValues(double lat, double lon, double handWorkedKm) {
        GeoPoint p = new GeoPoint(lat, lon);
        double km = RouteMatcher.distanceKm(p, EAST_WEST);
        double reference = geodesicKm(p, EAST_WEST.waypoints().get(0), EAST_WEST.waypoints().get(1));
        assertThat(km).isCloseTo(reference, within(0.005 * reference + 0.05));
        assertThat(km).isCloseTo(handWorkedKm, within(0.1));
    }

    @Test
    void distancesToRealRoadsAgreeWithGeographicLib() throws IOException {
        List<RouteMatcher.Route> routes = sampleRoutes();
        GeoPoint[] places = {new GeoPoint(11.60, -7.60), new GeoPoint(14.30, -9.00), new GeoPoint(10.90, -6.80),
            new GeoPoint(12.50, -5.60), new GeoPoint(13.10, -10.00)};
        for (RouteMatcher.Route route : routes) {
            for (GeoPoint p : places) {
                double reference = Double.MAX_VALUE;
                List<GeoPoint> w = route.waypoints();
                for (int i = 1; i < w.size(); i++) {
                    reference = Math.min(reference, geodesicKm(p, w.get(i - 1), w.get(i)));
                }
                // within 0.5% (sphere against ellipsoid) and the sampling step
                assertThat(RouteMatcher.distanceKm(p, route)).as("%s to %s", p, route.code())
                        .isCloseTo(reference, within(0.005 * reference + 0.3));
            }
        }
    }

    @Test
    void theReachDependsOnThePrecisionAndARegionsCentroidIsNeverMatched() {
        RouteMatcher matcher = new RouteMatcher(List.of(EAST_WEST), AcledSettings.defaults());
        GeoPoint at20Km = new GeoPoint(12.18, -7.5);
        GeoPoint at11Km = new GeoPoint(12.1, -7.5);
        assertThat(matcher.match(at11Km, 1)).hasValueSatisfying(m -> assertThat(m.route()).isEqualTo("T-EW"));
        assertThat(matcher.match(at20Km, 1)).isEmpty();
        assertThat(matcher.match(at20Km, 2)).hasValueSatisfying(m -> assertThat(m.distanceKm()).isBetween(19.0, 21.0));
        assertThat(matcher.match(at11Km, 3)).isEmpty();
        assertThat(matcher.match(new GeoPoint(12.0, -6.75), 2)).hasValueSatisfying(
                m -> assertThat(m.distanceKm()).isCloseTo(27.2, within(0.2)));
        // past the box: not measured, not matched
        assertThat(matcher.match(new GeoPoint(12.0, -6.0), 2)).isEmpty();
    }

    @Test
    void sharedSectionsCountOnceOnTheRouteListedFirstAndNameTheOthers() throws IOException {
        RouteMatcher matcher = new RouteMatcher(sampleRoutes(), AcledSettings.defaults());
        // east of Diéma the Kayes road and the Nioro road are one road: at Didiéni
        var didieni = matcher.match(new GeoPoint(13.88, -8.08), 1).orElseThrow();
        assertThat(didieni.route()).isEqualTo("SN-RN3");
        assertThat(didieni.corridor()).isEqualTo("SN");
        assertThat(didieni.sharedWith()).containsExactly("MR-NIO");
        // north of Zantiébougou the Bougouni road and the Kadiana road are one road
        var bougouni = matcher.match(new GeoPoint(11.41, -7.40), 1).orElseThrow();
        assertThat(bougouni.route()).isEqualTo("CI-RN7");
        assertThat(bougouni.sharedWith()).containsExactly("CI-KAD");
        // west of Diéma only the Kayes road: Sandaré
        var sandare = matcher.match(new GeoPoint(14.70, -10.30), 1).orElseThrow();
        assertThat(sandare.route()).isEqualTo("SN-RN3");
        assertThat(sandare.sharedWith()).isEmpty();
        // between Kolondiéba and Kadiana only the Kadiana road, though the Bougouni road is 60 km east
        var kadiana = matcher.match(new GeoPoint(10.937, -6.715), 1).orElseThrow();
        assertThat(kadiana.route()).isEqualTo("CI-KAD");
        assertThat(kadiana.sharedWith()).isEmpty();
    }

    @Test
    void theSamplesOwnIncidentsLandOnTheRoutesTheirRowsName() throws IOException {
        RouteMatcher matcher = new RouteMatcher(sampleRoutes(), AcledSettings.defaults());
        int checked = 0;
        for (String file : List.of("incidents-2025.csv", "incidents-2026.csv")) {
            try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                    .ofNamedCsvRecord(Path.of("input/incidents").resolve(file))) {
                for (NamedCsvRecord r : csv) {
                    if (r.getField("latitude").isBlank() || r.getField("route").isBlank()) {
                        continue;
                    }
                    GeoPoint p = new GeoPoint(Double.parseDouble(r.getField("latitude")),
                            Double.parseDouble(r.getField("longitude")));
                    var match = matcher.match(p, 1);
                    assertThat(match).as(r.getField("incident_id")).isPresent();
                    List<String> routes = new ArrayList<>(match.get().sharedWith());
                    routes.add(match.get().route());
                    assertThat(routes).as(r.getField("incident_id") + " at " + p).contains(r.getField("route"));
                    assertThat(match.get().corridor()).as(r.getField("incident_id"))
                            .isEqualTo(r.getField("corridor"));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
    }

    /** The sample's routes with their waypoints, in the order of routes.csv. */
    static List<RouteMatcher.Route> sampleRoutes() throws IOException {
        Map<String, String> corridors = new LinkedHashMap<>();
        try (var csv = CsvReader.builder().ofNamedCsvRecord(Path.of("input/reference/routes.csv"))) {
            csv.forEach(r -> corridors.put(r.getField("route"), r.getField("corridor")));
        }
        Map<String, List<GeoPoint>> points = new LinkedHashMap<>();
        try (var csv = CsvReader.builder().ofNamedCsvRecord(Path.of("input/reference/waypoints.csv"))) {
            csv.forEach(r -> points.computeIfAbsent(r.getField("route"), k -> new ArrayList<>())
                    .add(new GeoPoint(Double.parseDouble(r.getField("latitude")),
                            Double.parseDouble(r.getField("longitude")))));
        }
        return corridors.entrySet().stream()
                .map(e -> new RouteMatcher.Route(e.getKey(), e.getValue(), points.get(e.getKey()))).toList();
    }
}
