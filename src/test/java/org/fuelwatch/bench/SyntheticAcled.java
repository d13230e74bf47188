package org.fuelwatch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a region-wide ACLED-shaped export of any size, as analysts download one: every event inside the sample's
 * briefing period (1 Jul 2025 – 31 Jan 2026), all over the Sahel and its coastal neighbours, in the mix of event
 * types a Sahel export has (battles, attacks, explosions, protests, riots, strategic developments), and only a small
 * share ({@code fuelShare}, 3% by default) about fuel or freight, on or near the sample's routes. A few others name
 * fuel in a protest or a riot (never selected), or an attack with no fuel or freight word.
 *
 * <p>Every row is synthetic and describes nothing real: ids "ZZZ" and a number, source "Synthetic", actors
 * "Synthetic actor", notes that say they are not ACLED data; the towns and coordinates are real. Deterministic from a
 * seed. Run as {@code java src/test/java/org/fuelwatch/bench/SyntheticAcled.java <rows> <seed> <file>
 * [waypoints.csv] [fuel share]}.
 */
public final class SyntheticAcled {

    static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
            + "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
            + "notes,fatalities,tags,timestamp";

    static final LocalDate FIRST = LocalDate.of(2025, 7, 1);
    static final int DAYS = 215;

    /** Disorder, event and sub-event type, the actors' types and interaction, and a weight in a Sahel export. */
    private record Type(String disorder, String event, String subEvent, String inter1, String inter2,
            String interaction, int weight) {
    }

    private static final List<Type> TYPES = List.of(
            new Type("Political violence", "Battles", "Armed clash", "Rebel group", "State forces",
                    "State forces-Rebel group", 22),
            new Type("Political violence", "Battles", "Government regains territory", "State forces", "Rebel group",
                    "State forces-Rebel group", 2),
            new Type("Political violence", "Battles", "Non-state actor overtakes territory", "Rebel group",
                    "State forces", "State forces-Rebel group", 1),
            new Type("Political violence", "Violence against civilians", "Attack", "Rebel group", "Civilians",
                    "Rebel group-Civilians", 18),
            new Type("Political violence", "Violence against civilians", "Abduction/forced disappearance",
                    "Rebel group", "Civilians", "Rebel group-Civilians", 5),
            new Type("Political violence", "Violence against civilians", "Sexual violence", "Rebel group",
                    "Civilians", "Rebel group-Civilians", 1),
            new Type("Political violence", "Explosions/Remote violence", "Air/drone strike", "State forces",
                    "Rebel group", "State forces-Rebel group", 5),
            new Type("Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED",
                    "Rebel group", "State forces", "State forces-Rebel group", 5),
            new Type("Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack",
                    "Rebel group", "State forces", "State forces-Rebel group", 2),
            new Type("Demonstrations", "Protests", "Peaceful protest", "Protesters", "", "Protesters only", 14),
            new Type("Demonstrations", "Protests", "Protest with intervention", "Protesters", "State forces",
                    "State forces-Protesters", 2),
            new Type("Political violence; Demonstrations", "Riots", "Violent demonstration", "Rioters", "",
                    "Rioters only", 2),
            new Type("Political violence", "Riots", "Mob violence", "Rioters", "Civilians", "Rioters-Civilians", 3),
            new Type("Strategic developments", "Strategic developments", "Looting/property destruction",
                    "Rebel group", "Civilians", "Rebel group-Civilians", 3),
            new Type("Strategic developments", "Strategic developments", "Arrests", "State forces", "Civilians",
                    "State forces-Civilians", 4),
            new Type("Strategic developments", "Strategic developments", "Change to group/activity", "Rebel group",
                    "", "Rebel group only", 5),
            new Type("Strategic developments", "Strategic developments", "Disrupted weapons use", "State forces",
                    "Rebel group", "State forces-Rebel group", 3),
            new Type("Strategic developments", "Strategic developments", "Other", "Rebel group", "",
                    "Rebel group only", 3));
    /** The sub-event types FuelWatch may select, in the order of {@link #TYPES}. */
    private static final List<Type> ATTACKS = TYPES.stream().filter(t -> List.of("Armed clash", "Attack",
            "Abduction/forced disappearance", "Remote explosive/landmine/IED", "Air/drone strike",
            "Looting/property destruction").contains(t.subEvent())).toList();

    /** Real towns of the region: name, ISO 3166 numeric, country, latitude, longitude. */
    private record Town(String name, String iso, String country, double latitude, double longitude) {
    }

    private static final List<Town> TOWNS = List.of(
            new Town("Mopti", "466", "Mali", 14.49, -4.20), new Town("Gao", "466", "Mali", 16.27, -0.04),
            new Town("Tombouctou", "466", "Mali", 16.77, -3.01), new Town("Ménaka", "466", "Mali", 15.92, 2.40),
            new Town("Kidal", "466", "Mali", 18.44, 1.41), new Town("Djenné", "466", "Mali", 13.91, -4.55),
            new Town("Bandiagara", "466", "Mali", 14.35, -3.61), new Town("Niono", "466", "Mali", 14.25, -5.99),
            new Town("Ouagadougou", "854", "Burkina Faso", 12.37, -1.53),
            new Town("Djibo", "854", "Burkina Faso", 14.10, -1.63),
            new Town("Dori", "854", "Burkina Faso", 14.03, -0.03),
            new Town("Fada N'gourma", "854", "Burkina Faso", 12.06, 0.36),
            new Town("Kaya", "854", "Burkina Faso", 13.09, -1.08),
            new Town("Ouahigouya", "854", "Burkina Faso", 13.58, -2.42),
            new Town("Bobo-Dioulasso", "854", "Burkina Faso", 11.18, -4.30),
            new Town("Niamey", "562", "Niger", 13.51, 2.11), new Town("Tillabéri", "562", "Niger", 14.21, 1.45),
            new Town("Diffa", "562", "Niger", 13.32, 12.61), new Town("Maradi", "562", "Niger", 13.50, 7.10),
            new Town("Tahoua", "562", "Niger", 14.89, 5.27),
            new Town("Maiduguri", "566", "Nigeria", 11.85, 13.16), new Town("Kano", "566", "Nigeria", 12.00, 8.52),
            new Town("Sokoto", "566", "Nigeria", 13.06, 5.24),
            new Town("Dakar", "686", "Senegal", 14.69, -17.45),
            new Town("Tambacounda", "686", "Senegal", 13.77, -13.67),
            new Town("Nouakchott", "478", "Mauritania", 18.09, -15.98),
            new Town("Néma", "478", "Mauritania", 16.62, -7.26),
            new Town("Conakry", "324", "Guinea", 9.64, -13.58), new Town("Kankan", "324", "Guinea", 10.38, -9.31),
            new Town("Korhogo", "384", "Côte d'Ivoire", 9.46, -5.63),
            new Town("Abidjan", "384", "Côte d'Ivoire", 5.36, -4.01),
            new Town("Tamale", "288", "Ghana", 9.40, -0.84), new Town("Kandi", "204", "Benin", 11.13, 2.94),
            new Town("Dapaong", "768", "Togo", 10.86, 0.21));

    private static final String MARK = "Synthetic row (FuelWatch benchmark, not ACLED data): ";
    private static final String[] OPENINGS = {"On the night of %s, ", "On %s, ", "Around %s, ", "Le %s, "};
    private static final Map<String, String[]> NOTES = new LinkedHashMap<>();
    static {
        NOTES.put("Battles", new String[] {
            "militants clashed with soldiers near %s; the army said it repelled the assault, the group claimed a "
                + "dozen soldiers killed. Toll unverified.",
            "affrontements entre des militaires et des hommes armés non identifiés près de %s, bilan inconnu.",
            "a self-defence militia and militants exchanged fire at a village market near %s, \"heavy fighting\" "
                + "lasting several hours according to residents."});
        NOTES.put("Violence against civilians", new String[] {
            "gunmen on motorbikes attacked a village near %s, killing several civilians and stealing cattle.",
            "des hommes armés ont enlevé un chef de village près de %s; aucune revendication.",
            "militants executed two men accused of collaborating with the army near %s."});
        NOTES.put("Explosions/Remote violence", new String[] {
            "a drone strike hit a suspected militant gathering near %s; local sources report civilian casualties.",
            "an army patrol vehicle struck an improvised explosive device near %s; two soldiers wounded.",
            "mortar shells fell on a military camp at %s, no casualties reported."});
        NOTES.put("Protests", new String[] {
            "residents of %s protested against insecurity and demanded more patrols; dispersed peacefully.",
            "des commerçants ont manifesté à %s contre la hausse des taxes.",
            "students marched in %s over unpaid grants, \"no violence\" reported."});
        NOTES.put("Riots", new String[] {
            "a crowd in %s lynched a suspected thief before police arrived.",
            "youths burned tyres and threw stones at police in %s after a disputed arrest."});
        NOTES.put("Strategic developments", new String[] {
            "militants looted shops and burned a granary in a village near %s.",
            "security forces arrested several suspected militants in %s.",
            "an armed group announced the closure of schools in the area of %s.",
            "the army seized weapons and motorbikes during a search near %s."});
    }
    private static final String[] SUPPLY_NOTES = {
        "gunmen burned %d fuel tankers of a convoy near %s; the drivers fled.",
        "des hommes armés ont incendié %d camions-citernes près de %s.",
        "militants ambushed an escorted convoy of trucks near %s, %d lorries held.",
        "an IED hit a tanker truck of a fuel convoy near %s; %d tankers damaged.",
        "militants stopped trucks on the road near %s and abducted their drivers.",
        "an escort of the fuel convoy clashed with militants near %s; no tanker count given.",
    };
    /** Events that name fuel but are never selected (a protest, a riot), or an attack that names neither word. */
    private static final String[] NEAR_MISSES = {
        "traders in %s protested against fuel shortages and the price of petrol.",
        "youths blocked the main road in %s over fuel prices; police dispersed them.",
        "militants attacked a refuelling point used by herders near %s; the notes name no convoy.",
    };

    private SyntheticAcled() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: SyntheticAcled <rows> <seed> <file> [waypoints.csv] [fuel share]");
            System.exit(3);
        }
        Path waypoints = Path.of(args.length > 3 ? args[3] : "input/reference/waypoints.csv");
        double share = args.length > 4 ? Double.parseDouble(args[4]) : 0.03;
        write(Path.of(args[2]), Long.parseLong(args[0]), Long.parseLong(args[1]), waypoints, share);
    }

    /** Writes {@code n} events, {@code fuelShare} of them about fuel or freight on the routes of {@code waypoints}. */
    static void write(Path file, long n, long seed, Path waypoints, double fuelShare) throws IOException {
        List<List<double[]>> routes = routes(waypoints);
        Random random = new Random(seed);
        int totalWeight = TYPES.stream().mapToInt(Type::weight).sum();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write("\r\n");
            for (long i = 0; i < n; i++) {
                LocalDate date = FIRST.plusDays(i * DAYS / n);
                Town town = TOWNS.get(random.nextInt(TOWNS.size()));
                double roll = random.nextDouble();
                Type type;
                String location;
                double lat;
                double lon;
                String notes;
                int precision = 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(10) < 8 ? 1 : 2);
                if (roll < fuelShare) {
                    // on a route: between two consecutive waypoints, up to about 20 km off the road
                    type = ATTACKS.get(random.nextInt(ATTACKS.size()));
                    List<double[]> route = routes.get(random.nextInt(routes.size()));
                    int k = random.nextInt(route.size() - 1);
                    double t = random.nextDouble();
                    double[] a = route.get(k);
                    double[] b = route.get(k + 1);
                    lat = a[0] + t * (b[0] - a[0]) + (random.nextDouble() - 0.5) * 0.36;
                    lon = a[1] + t * (b[1] - a[1]) + (random.nextDouble() - 0.5) * 0.36;
                    location = "Synthetic place " + (1 + random.nextInt(400));
                    String template = SUPPLY_NOTES[random.nextInt(SUPPLY_NOTES.length)];
                    notes = template.indexOf("%d") < template.indexOf("%s")
                            ? template.formatted(1 + random.nextInt(40), location)
                            : template.formatted(location, 1 + random.nextInt(40));
                } else {
                    int w = random.nextInt(totalWeight);
                    int t = 0;
                    while (w >= TYPES.get(t).weight()) {
                        w -= TYPES.get(t++).weight();
                    }
                    type = TYPES.get(t);
                    lat = town.latitude() + (random.nextDouble() - 0.5) * 1.2;
                    lon = town.longitude() + (random.nextDouble() - 0.5) * 1.2;
                    location = town.name();
                    String[] templates = random.nextInt(50) == 0 ? nearMisses(type) : NOTES.get(type.event());
                    notes = templates[random.nextInt(templates.length)].formatted(location);
                }
                notes = MARK + OPENINGS[random.nextInt(OPENINGS.length)].formatted(date) + notes
                        + (random.nextBoolean() ? "" : " Reports conflict on the number of casualties; figures "
                                + "from local sources, not confirmed by a second source.");
                long timestamp = date.plusDays(3 + random.nextInt(20)).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
                boolean victims = type.inter2().equals("Civilians");
                out.write(String.join(",", "ZZZ" + (100000 + i), date.toString(), String.valueOf(date.getYear()),
                        "1", quote(type.disorder()), type.event(), type.subEvent(), "Synthetic actor", "",
                        type.inter1(), type.inter2().isEmpty() ? "" : "Synthetic actor 2", "", type.inter2(),
                        type.interaction(), victims ? "Civilian targeting" : "", town.iso(), "Western Africa",
                        quote(town.country()), "Synthetic region", "", "", quote(location), coordinate(lat),
                        coordinate(lon), String.valueOf(precision), "Synthetic", "Other", quote(notes),
                        String.valueOf(type.event().equals("Protests") ? 0 : random.nextInt(6)), "",
                        String.valueOf(timestamp)));
                out.write("\r\n");
            }
        }
    }

    /** A protest or riot names fuel; an attack names only a refuelling point: neither is selected. */
    private static String[] nearMisses(Type type) {
        return type.event().equals("Protests") || type.event().equals("Riots")
                ? new String[] {NEAR_MISSES[0], NEAR_MISSES[1]}
                : ATTACKS.contains(type) ? new String[] {NEAR_MISSES[2]} : NOTES.get(type.event());
    }

    /** The routes' waypoints (latitude, longitude) in order, from a waypoints.csv; routes of one point are left out. */
    static List<List<double[]>> routes(Path waypoints) throws IOException {
        List<String> lines = Files.readAllLines(waypoints, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        int route = header.indexOf("route");
        int lat = header.indexOf("latitude");
        int lon = header.indexOf("longitude");
        Map<String, List<double[]>> routes = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            routes.computeIfAbsent(f[route], r -> new ArrayList<>())
                    .add(new double[] {Double.parseDouble(f[lat]), Double.parseDouble(f[lon])});
        }
        return routes.values().stream().filter(r -> r.size() >= 2).toList();
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") || text.contains(";") || text.contains("'")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
