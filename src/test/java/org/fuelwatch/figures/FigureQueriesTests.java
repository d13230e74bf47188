package org.fuelwatch.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.fuelwatch.figures.Figures.CorridorSummary;
import org.fuelwatch.system.FuelWatchProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

/**
 * The figure definitions on a small fixture worked by hand: a two-day baseline, a two-day worst window, two
 * corridors with three routes.
 */
class FigureQueriesTests {

    static final LocalDate D1 = LocalDate.of(2025, 7, 1);

    EmbeddedDatabase db;
    JdbcTemplate jdbc;
    FigureQueries queries;

    @BeforeEach
    void setUp() {
        db = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true)
                .addScript("schema.sql").build();
        jdbc = new JdbcTemplate(db);
        // baseline 1-2 Jul, blockade from 3 Jul, worst window 2 days, "now" = last 2 days, share of A-1 in A
        var settings = new FuelWatchProperties.Figures(D1, D1.plusDays(1), D1.plusDays(2), 2, 2, "A", "A-1", 40, 10, 3,
                150, 0.25);
        queries = new FigureQueries(jdbc, settings, Clock.fixed(D1.plusDays(12).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        corridor("A", "#112233");
        corridor("B", "#445566");
        route("A-1", "A");
        route("A-2", "A");
        route("B-1", "B");
    }

    @AfterEach
    void tearDown() {
        db.shutdown();
    }

    @Nested
    class SupplyCut {

        @Test
        void cutIsTheLowestTrailingMeanInsideTheBlockadeAgainstTheBaselineMean() {
            // daily totals: 100, 200 | 50, 20, 40, (no rows: 0) , 90
            supply(0, "A-1", 60);
            supply(0, "B-1", 40);
            supply(1, "A-1", 200);
            supply(2, "A-1", 50);
            supply(3, "A-2", 20);
            supply(4, "A-1", 40);
            supply(6, "B-1", 90);

            Figures f = queries.compute(D1.plusDays(6), 1);

            // baseline (100 + 200) / 2 = 150; 2-day means in the blockade: 35, 30, 20, 45
            assertThat(f.supplyCut().baselineM3PerDay()).isEqualTo(150.0);
            assertThat(f.supplyCut().worstM3PerDay()).isEqualTo(20.0);
            assertThat(f.supplyCut().worstWindow()).isEqualTo(new Figures.Period(D1.plusDays(4), D1.plusDays(5)));
            assertThat(f.supplyCut().cutPct()).isCloseTo(100 * (1 - 20.0 / 150), within(1e-9));
            // now: days 5 and 6 = (0 + 90) / 2 = 45 = 30% of the baseline
            assertThat(f.supplyCut().currentM3PerDay()).isEqualTo(45.0);
            assertThat(f.supplyCut().currentPctOfBaseline()).isCloseTo(30.0, within(1e-9));
        }

        @Test
        void theWorstWindowNeverReachesBackIntoTheBaseline() {
            supply(0, "A-1", 100);
            supply(1, "A-1", 0);
            supply(2, "A-1", 100);
            supply(3, "A-1", 80);

            Figures f = queries.compute(D1.plusDays(3), 1);

            // the window 2-3 Jul holds a zero day but starts before the blockade, so only 3-4 Jul counts: 90
            assertThat(f.supplyCut().worstM3PerDay()).isEqualTo(90.0);
            assertThat(f.supplyCut().cutPct()).isCloseTo(100 * (1 - 90 / 50.0), within(1e-9));
        }
    }

    @Test
    void routeShareIsTheRoutesFuelOverItsCorridorsFuelSinceTheBlockade() {
        supply(0, "A-1", 500); // baseline: not counted
        supply(2, "A-1", 30);
        supply(2, "A-2", 10);
        supply(3, "A-2", 10);
        supply(3, "B-1", 1000); // other corridor: not counted

        Figures f = queries.compute(D1.plusDays(3), 1);

        assertThat(f.routeShare().routeM3()).isEqualTo(30);
        assertThat(f.routeShare().corridorM3()).isEqualTo(50);
        assertThat(f.routeShare().sharePct()).isCloseTo(60.0, within(1e-9));
    }

    @Test
    void corridorsCountIncidentsSinceTheBlockadeAndDaysSinceTheLast() {
        supply(0, "A-1", 100);
        supply(1, "B-1", 100);
        incident("I1", 1, "A", 5, 1); // before the blockade: not counted
        incident("I2", 2, "A", 2, 0); // 3 Jul: the blockade's first day
        incident("I3", 5, "A", 3, 4);
        incident("I4", 4, "B", 0, 0);

        Figures f = queries.compute(D1.plusDays(9), 1);

        CorridorSummary a = f.corridors().get(0);
        assertThat(a.corridor()).isEqualTo("A");
        assertThat(a.incidents()).isEqualTo(2);
        assertThat(a.tankersDestroyed()).isEqualTo(5);
        assertThat(a.fatalities()).isEqualTo(4);
        assertThat(a.lastAttack()).isEqualTo(D1.plusDays(5));
        assertThat(a.daysSinceLastAttack()).isEqualTo(4);
        assertThat(a.baselineM3PerDay()).isEqualTo(50.0);
        assertThat(f.corridors().get(1).daysSinceLastAttack()).isEqualTo(5);
        assertThat(f.totals().sinceBlockade().incidents()).isEqualTo(3);
        // last 7 days = 4-10 Jul: I3 and I4
        assertThat(f.totals().last7Days().incidents()).isEqualTo(2);
        assertThat(f.totals().last7Days().tankersDestroyed()).isEqualTo(3);
    }

    @Test
    void dataIsStaleWhenItsNewestRowIsOlderThanTheThresholdBeforeTheRunDate() {
        // the clock stands at D1 + 12 days; the threshold is 3 days
        supply(0, "A-1", 100);
        incident("I1", 8, "A", 1, 0);

        DataAge age = queries.compute(D1.plusDays(8), 1).dataAge();
        assertThat(age.newestData()).isEqualTo(D1.plusDays(8));
        assertThat(age.runDate()).isEqualTo(D1.plusDays(12));
        assertThat(age.days()).isEqualTo(4);
        assertThat(age.stale()).isTrue();

        supply(9, "A-1", 100); // a newer row: 3 days old is not stale yet
        age = queries.compute(D1.plusDays(8), 1).dataAge();
        assertThat(age.days()).isEqualTo(3);
        assertThat(age.stale()).isFalse();
    }

    @Test
    void routeDailyIsEachRoutesTrailingMeanWithZeroForDaysWithoutRowsFromTheFirstFullWindow() {
        supply(0, "A-1", 60);
        supply(1, "A-1", 100);
        supply(1, "A-2", 40);

        Figures f = queries.compute(D1.plusDays(3), 1);

        // two-day windows: the first full one ends on day 1
        assertThat(f.routeDaily()).filteredOn(d -> d.route().equals("A-1"))
                .extracting(Figures.RouteDailySupply::date, Figures.RouteDailySupply::trailingMeanM3)
                .containsExactly(tuple(D1.plusDays(1), 80.0), tuple(D1.plusDays(2), 50.0),
                        tuple(D1.plusDays(3), 0.0));
        assertThat(f.routeDaily()).filteredOn(d -> d.route().equals("A-2"))
                .extracting(Figures.RouteDailySupply::trailingMeanM3).containsExactly(20.0, 20.0, 0.0);
        assertThat(f.routeDaily()).filteredOn(d -> d.route().equals("B-1"))
                .allSatisfy(d -> assertThat(d.corridor()).isEqualTo("B"))
                .extracting(Figures.RouteDailySupply::trailingMeanM3).containsExactly(0.0, 0.0, 0.0);
    }

    @Test
    void theTimelineHoldsTheMostDestructiveIncidentsWhereSeveralShareADay() {
        var settings = new FuelWatchProperties.Figures(D1, D1.plusDays(1), D1.plusDays(2), 2, 2, "A", "A-1", 2, 10, 3,
                150, 0.5);
        FigureQueries two = new FigureQueries(jdbc, settings,
                Clock.fixed(D1.plusDays(12).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        supply(0, "A-1", 100);
        incident("I1", 3, "A", 9, 0);
        incident("I2", 3, "A", 8, 0); // the same day and corridor as I1: its day's most is 9, not 8
        incident("I3", 4, "B", 7, 0);
        incident("I4", 5, "B", 5, 0);

        Figures f = two.compute(D1.plusDays(6), 1);

        assertThat(f.timeline()).filteredOn(e -> e.kind().equals("incident"))
                .extracting(Figures.TimelineEntry::tankersDestroyed).containsExactly(9, 8);
    }

    @Test
    void weeksStartOnMonday() {
        supply(0, "A-1", 100);
        incident("I1", 5, "A", 1, 0); // Sun 6 Jul 2025: week of Mon 30 Jun
        incident("I2", 6, "A", 2, 0); // Mon 7 Jul
        incident("I3", 7, "B", 3, 0); // Tue 8 Jul

        Figures f = queries.compute(D1.plusDays(7), 1);

        // every week and corridor, zeros included
        assertThat(f.weekly()).containsExactly(
                new Figures.WeeklyIncidents(LocalDate.of(2025, 6, 30), "A", 1, 1),
                new Figures.WeeklyIncidents(LocalDate.of(2025, 6, 30), "B", 0, 0),
                new Figures.WeeklyIncidents(LocalDate.of(2025, 7, 7), "A", 1, 2),
                new Figures.WeeklyIncidents(LocalDate.of(2025, 7, 7), "B", 1, 3));
    }

    @Test
    void claimsAreComparedOnTheirOwnPeriod() {
        supply(2, "A-1", 40);
        supply(3, "A-1", 60);
        supply(4, "A-1", 1000);
        jdbc.update("INSERT INTO claim VALUES ('C1', 'volume_delivered_m3', 90, 'm3', ?, ?, 'about 90', 'Paper', ?,"
                + " NULL, 'S', 'claims.csv', 2, 'h', 1)", D1.plusDays(2), D1.plusDays(3), D1.plusDays(4));
        jdbc.update("INSERT INTO claim VALUES ('C2', 'price_fcfa', 2000, 'fcfa', NULL, NULL, 'black market', 'AFP', ?,"
                + " NULL, 'S', 'claims.csv', 3, 'h', 1)", D1.plusDays(5));
        jdbc.update("INSERT INTO claim VALUES ('C3', 'price_fcfa', 2500, 'fcfa', NULL, NULL, 'later', 'Later', ?,"
                + " NULL, 'S', 'claims.csv', 4, 'h', 1)", D1.plusDays(9));

        Figures f = queries.compute(D1.plusDays(6), 1);

        assertThat(f.claims()).extracting(Figures.ClaimComparison::claimId).containsExactly("C1", "C2");
        assertThat(f.claims().get(0).computedValue()).isEqualTo(100.0);
        assertThat(f.claims().get(0).difference()).isEqualTo(10.0);
        assertThat(f.claims().get(1).computedValue()).isNull();
        // numbered by the date of the earliest row citing them; a claim published after the as-of date is unknown
        assertThat(f.sources()).extracting(Figures.SourceNote::source).containsExactly("Paper", "AFP");
        assertThat(f.claims().get(1).sourceNumber()).isEqualTo(2);
    }

    @Test
    void mapHasOutlinesRoutesRankedTownsAndPlacedIncidentsSinceTheBlockade() {
        supply(0, "A-1", 100);
        jdbc.update("UPDATE route SET via = 'Nioro–Diéma' WHERE route = 'A-1'");
        jdbc.update("UPDATE route SET via = 'Diéma' WHERE route = 'B-1'");
        waypoint("A-1", 1, "Port", 10, -10);
        waypoint("A-1", 2, "Nioro du Sahel", 11, -9);
        waypoint("A-1", 3, "Diéma", 12, -8);
        waypoint("A-1", 4, "Bamako", 13, -7);
        waypoint("B-1", 1, "Diéma", 12, -8);
        waypoint("B-1", 2, "Bamako", 13, -7);
        jdbc.update("INSERT INTO outline_point VALUES ('ML', 'مالي', 1, 10, -10, 'o.csv', 2, 'h', 1),"
                + " ('ML', NULL, 2, 14, -10, 'o.csv', 3, 'h', 1), ('ML', NULL, 3, 14, -6, 'o.csv', 4, 'h', 1)");
        incident("I1", 1, "A", 9, 0); // before the blockade
        incident("I2", 3, "A", 2, 0);
        incident("I3", 4, "B", 7, 0);
        incident("I4", 5, "B", 0, 0);
        jdbc.update("UPDATE incident SET latitude = 12, longitude = -8 WHERE incident_id IN ('I1', 'I2', 'I3')");

        Figures.MapLayers map = queries.compute(D1.plusDays(6), 1).map();

        assertThat(map.outlines()).singleElement().satisfies(o -> assertThat(o.points()).hasSize(3));
        assertThat(map.routes()).extracting(Figures.MapRoute::route).containsExactly("A-1", "B-1");
        assertThat(map.routes().get(0).points()).first().isEqualTo(new Figures.LatLon(10, -10));
        // Bamako ends every route; Diéma is named by both vias; Nioro du Sahel by "Nioro"; Port is a gateway
        assertThat(map.towns()).extracting(Figures.Town::name, Figures.Town::rank).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Bamako", 100), org.assertj.core.groups.Tuple.tuple("Diéma", 3),
                org.assertj.core.groups.Tuple.tuple("Nioro du Sahel", 1), org.assertj.core.groups.Tuple.tuple("Port", 1));
        // largest first, only since the blockade, only with coordinates
        assertThat(map.marks()).extracting(Figures.MapMark::corridor, Figures.MapMark::tankersDestroyed,
                Figures.MapMark::incidents).containsExactly(tuple("B", 7L, 1L), tuple("A", 2L, 1L));
        assertThat(map.aggregated()).isFalse();
        assertThat(map.incidentsPlaced()).isEqualTo(2);
        assertThat(map.incidentsWithoutPlace()).isEqualTo(1);
    }

    void waypoint(String route, int seq, String town, double lat, double lon) {
        jdbc.update("INSERT INTO waypoint VALUES (?, ?, ?, NULL, 'ML', ?, ?, 'w.csv', 2, 'h', 1)", route, seq, town, lat, lon);
    }

    void corridor(String code, String colour) {
        jdbc.update("INSERT INTO corridor VALUES (?, ?, NULL, 'X', NULL, ?, 'c.csv', 2, 'h', 1)", code, "Corridor " + code, colour);
    }

    void route(String code, String corridor) {
        jdbc.update("INSERT INTO route VALUES (?, ?, ?, NULL, NULL, NULL, 'r.csv', 2, 'h', 1)", code, corridor, "Road " + code);
    }

    void supply(int day, String route, int volume) {
        jdbc.update("INSERT INTO supply VALUES (?, ?, ?, ?, ?, 'test', NULL, 's.csv', 2, 'h', 1)", D1.plusDays(day), route,
                route.substring(0, 1), volume / 40, volume);
    }

    void incident(String id, int day, String corridor, int destroyed, int killed) {
        jdbc.update("INSERT INTO incident (incident_id, incident_date, corridor, location, type, tankers_destroyed,"
                + " fatalities, source, source_file, source_line, content_hash, ingest_run) VALUES (?, ?, ?, 'somewhere',"
                + " 'ambush', ?, ?, 'test', 'i.csv', 2, 'h', 1)", id, D1.plusDays(day), corridor, destroyed, killed);
    }
}
