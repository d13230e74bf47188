package org.fuelwatch.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fuelwatch.figures.Figures.LatLon;
import org.fuelwatch.figures.Figures.MapLayers;
import org.fuelwatch.figures.Figures.MapMark;
import org.fuelwatch.figures.Figures.MapRoute;
import org.fuelwatch.figures.Figures.Outline;
import org.fuelwatch.figures.Figures.Period;
import org.fuelwatch.figures.Figures.Town;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The layers of the overview map, read from the reference tables and the incidents with coordinates: as many marks
 * as incidents up to a threshold, then as many as the grid cells the incidents fall in, whatever their number.
 */
final class MapQueries {

    /** Rank of the town every route ends at (Bamako): always labelled first. */
    static final int DESTINATION_RANK = 100;

    private final JdbcTemplate jdbc;

    MapQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The map of the incidents over a period: one mark per incident up to {@code aggregateAbove} incidents with
     * coordinates, else one per corridor and grid cell of {@code cellDegrees}. The cells are read first, from the
     * index entries alone; they also count the incidents with coordinates.
     */
    MapLayers map(Period period, int aggregateAbove, double cellDegrees) {
        List<MapMark> cells = cells(period, cellDegrees);
        long placed = cells.stream().mapToLong(MapMark::incidents).sum();
        long all = jdbc.queryForObject("SELECT COALESCE(SUM(incidents), 0) FROM incident_day "
                + "WHERE incident_date BETWEEN ? AND ?", Long.class, period.from(), period.to());
        boolean aggregated = placed > aggregateAbove;
        return new MapLayers(outlines(), routes(), towns(), aggregated ? cells : incidents(period),
                aggregated ? cellDegrees : null, placed, all - placed);
    }

    /** The Arabic names in the reference tables, in key order so that the figures file is the same on a rerun. */
    Figures.ArabicNames arabicNames() {
        return new Figures.ArabicNames(
                names("SELECT corridor, name_ar FROM corridor WHERE name_ar IS NOT NULL"),
                names("SELECT route, name_ar FROM route WHERE name_ar IS NOT NULL"),
                names("SELECT town, MIN(town_ar) FROM waypoint WHERE town_ar IS NOT NULL GROUP BY town"),
                names("SELECT country, MIN(name_ar) FROM outline_point WHERE name_ar IS NOT NULL GROUP BY country"));
    }

    private Map<String, String> names(String sql) {
        Map<String, String> names = new java.util.TreeMap<>();
        jdbc.query(sql, rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        return names;
    }

    List<Outline> outlines() {
        Map<String, List<LatLon>> byCountry = new LinkedHashMap<>();
        jdbc.query("SELECT country, latitude, longitude FROM outline_point ORDER BY country, seq",
                rs -> {
                    byCountry.computeIfAbsent(rs.getString(1), c -> new ArrayList<>())
                            .add(new LatLon(rs.getDouble(2), rs.getDouble(3)));
                });
        return byCountry.entrySet().stream().map(e -> new Outline(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    List<MapRoute> routes() {
        record Point(String route, String corridor, String name, LatLon at) {
        }
        List<Point> points = jdbc.query("""
                SELECT r.route, r.corridor, r.name, w.latitude, w.longitude
                FROM route r JOIN waypoint w ON w.route = r.route
                ORDER BY r.corridor, r.route, w.seq""",
                (rs, i) -> new Point(rs.getString(1), rs.getString(2), rs.getString(3),
                        new LatLon(rs.getDouble(4), rs.getDouble(5))));
        Map<String, List<Point>> byRoute = new LinkedHashMap<>();
        points.forEach(p -> byRoute.computeIfAbsent(p.route(), r -> new ArrayList<>()).add(p));
        return byRoute.values().stream().map(route -> new MapRoute(route.get(0).route(), route.get(0).corridor(),
                route.get(0).name(), route.stream().map(Point::at).toList())).toList();
    }

    /**
     * Each town once, ranked for labelling. A town counts once for each route whose "via" names it (a via token
     * names a town when the town's name starts with it: "Nioro" names "Nioro du Sahel"), and once more if it is a
     * route's gateway; the town every route ends at is the destination.
     */
    List<Town> towns() {
        record Stop(String town, String country, double lat, double lon, String via, boolean first, boolean last) {
        }
        List<Stop> stops = jdbc.query("""
                SELECT w.town, w.country, w.latitude, w.longitude, r.via,
                       CASE WHEN w.seq = (SELECT MIN(seq) FROM waypoint x WHERE x.route = w.route) THEN 1 ELSE 0 END,
                       CASE WHEN w.seq = (SELECT MAX(seq) FROM waypoint x WHERE x.route = w.route) THEN 1 ELSE 0 END
                FROM waypoint w JOIN route r ON r.route = w.route
                ORDER BY w.town, w.route, w.seq""",
                (rs, i) -> new Stop(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getString(5), rs.getInt(6) == 1, rs.getInt(7) == 1));
        long routeCount = jdbc.queryForObject("SELECT COUNT(DISTINCT route) FROM waypoint", Long.class);
        Map<String, List<Stop>> byTown = new LinkedHashMap<>();
        stops.forEach(s -> byTown.computeIfAbsent(s.town(), t -> new ArrayList<>()).add(s));
        List<Town> towns = new ArrayList<>();
        byTown.forEach((name, at) -> {
            Stop first = at.get(0);
            long ends = at.stream().filter(Stop::last).count();
            int rank;
            if (routeCount > 1 && ends == routeCount) {
                rank = DESTINATION_RANK;
            } else {
                rank = (int) at.stream().filter(s -> names(s.via(), name)).count()
                        + (at.stream().anyMatch(Stop::first) ? 1 : 0);
            }
            towns.add(new Town(name, first.country(), first.lat(), first.lon(), rank));
        });
        return List.copyOf(towns);
    }

    static boolean names(String via, String town) {
        if (via == null) {
            return false;
        }
        String lowerTown = town.toLowerCase(Locale.ROOT);
        for (String token : via.split("[–,;/]")) {
            String t = token.strip().toLowerCase(Locale.ROOT);
            if (!t.isEmpty() && (lowerTown.equals(t) || lowerTown.startsWith(t + " ") || lowerTown.startsWith(t + "-"))) {
                return true;
            }
        }
        return false;
    }

    List<MapMark> incidents(Period period) {
        // largest first, so that small circles are drawn over large ones
        return jdbc.query("""
                SELECT corridor, location, latitude, longitude, COALESCE(tankers_destroyed, 0) AS destroyed,
                       CASE WHEN tankers_destroyed IS NULL THEN 1 ELSE 0 END AS no_count
                FROM incident
                WHERE incident_date BETWEEN ? AND ? AND latitude IS NOT NULL AND longitude IS NOT NULL
                ORDER BY destroyed DESC, incident_date, incident_id""",
                (rs, i) -> new MapMark(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4), 1,
                        rs.getLong(5), rs.getLong(6)),
                period.from(), period.to());
    }

    /**
     * One mark per corridor and grid cell (cells counted from 0° in steps of {@code degrees}), at the mean position
     * of its incidents; largest first, then in a fixed order.
     */
    List<MapMark> cells(Period period, double degrees) {
        return jdbc.query("""
                SELECT corridor, AVG(latitude), AVG(longitude), COUNT(*), COALESCE(SUM(tankers_destroyed), 0) AS destroyed,
                       COUNT(*) - COUNT(tankers_destroyed), cell_lat, cell_lon
                FROM (SELECT corridor, latitude, longitude, tankers_destroyed,
                             FLOOR(latitude / ?) AS cell_lat, FLOOR(longitude / ?) AS cell_lon
                      FROM incident
                      WHERE incident_date BETWEEN ? AND ? AND latitude IS NOT NULL AND longitude IS NOT NULL) AS placed
                GROUP BY corridor, cell_lat, cell_lon
                ORDER BY destroyed DESC, corridor, cell_lat, cell_lon""",
                (rs, i) -> new MapMark(rs.getString(1), null, rs.getDouble(2), rs.getDouble(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)),
                degrees, degrees, period.from(), period.to());
    }
}
