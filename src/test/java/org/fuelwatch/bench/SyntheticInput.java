package org.fuelwatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * Writes a complete, valid input folder of any size for benchmarks, deterministically: the same sample, size and
 * seed give byte-identical files.
 *
 * <p>What it writes, from a sample folder (normally {@code input/}):
 * <ul>
 * <li>{@code reference/}, {@code events/} and {@code claims/}: copied unchanged from the sample.</li>
 * <li>{@code incidents/incidents.csv}: {@code n} synthetic incidents, spread evenly over the span, on the sample's
 * routes, at places between consecutive waypoints, with notes of 50–400 characters holding commas, quotes, French
 * accents and some Arabic.</li>
 * <li>{@code supply/supply.csv}: one row per day and route over the span. The span ends on the sample's last supply
 * day and is sized to the incidents: {@code max(sample days, ceil(n / routes))} days, so the supply file has about
 * as many rows as the incident file (1M incidents reach back to 1683: synthetic history, made for volume, not
 * plausibility). Days inside the sample's own period keep the sample's rows, so the briefing's figures (baseline,
 * cut, route share) come out exactly as on the sample; earlier days are drawn around each route's baseline mean.</li>
 * </ul>
 * Incidents fall at about one per route per day, so the briefing window (the sample's seven months) holds about
 * 1,700 of them whatever {@code n} is: the steps after ingest see a constant window over a growing history. That is
 * the {@link Shape#SPARSE} shape. The {@link Shape#DENSE} shape is a large export of recent events instead: every
 * incident inside the sample's own period (1 Jul 2025 – 31 Jan 2026), at the places of the sample's incidents (their
 * location, coordinates, corridor and route, drawn at random), so the briefing window holds all {@code n}; the
 * supply file is then the sample's own.
 *
 * <p>Run: {@code java -cp <test classpath> org.fuelwatch.bench.SyntheticInput <rows> <seed> <target> [sample]}.
 */
public final class SyntheticInput {

    /** Where the incidents fall in time. */
    public enum Shape {
        /** Spread back over a history sized to the rows; the briefing window keeps about the sample's count. */
        SPARSE,
        /** Every row inside the sample's period, at the sample's places: the briefing window holds them all. */
        DENSE
    }

    /** What was written. */
    public record Summary(Path folder, long incidents, long supplyRows, LocalDate from, LocalDate to) {
    }

    private static final String SYNTHETIC_SOURCE = "Synthetic (FuelWatch benchmark)";
    private static final String[] TYPES = {"convoy_attack", "ambush", "arson", "abduction", "other"};
    private static final int[] TYPE_WEIGHTS = {30, 30, 20, 12, 8};
    private static final String[] ACTORS = {"suspected JNIM", "suspected JNIM", "suspected JNIM", "JNIM",
        "gunmen (suspected JNIM)", "unidentified armed men"};
    private static final String[] NOTE_PARTS = {
        "Illustrative, not a reported event",
        "synthetic row made for the FuelWatch benchmark",
        "drivers said the convoy had \"no escort at all\" that night",
        "the army said it repelled the attack, the group claimed more tankers burned",
        "tankers_attacked is a placeholder: the group size was not reported",
        "place approximate, set between the two towns named",
        "fatalities 0 also means no figure was reported",
        "lieu approximatif, entre Kolondiéba et Kadiana, d'après un transporteur",
        "le convoi venait d'Abidjan via Zégoua, escorté jusqu'à Sikasso",
        "a local official gave 14 trucks, a drivers' union said \"about twenty\"",
        "عدد الشاحنات غير مؤكد",
        "هجوم على قافلة وقود قرب الحدود",
        "two drivers missing, later found alive in Kati",
        "smoke seen from the RN7, reports conflict on the time (night, or early morning)",
        "photos shared on social media, not verified",
        "the transporters' union suspended traffic for 48 hours afterwards",
        "Fuel shortage in Bamako worsened the following week",
        "counts differ: 8, 10 or \"a dozen\" tankers, the higher figure from a pro-JNIM channel",
        "Ségou route closed to tankers after the attack, reopened under escort",
        "source quotes a gendarme at Diéma; no second source",
    };

    private SyntheticInput() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: SyntheticInput <incident rows> <seed> <target folder> [sample folder] "
                    + "[sparse|dense]");
            System.exit(3);
        }
        Path sample = Path.of(args.length > 3 ? args[3] : "input");
        Shape shape = args.length > 4 ? Shape.valueOf(args[4].toUpperCase(Locale.ROOT)) : Shape.SPARSE;
        Summary summary = write(sample, Path.of(args[2]), Long.parseLong(args[0]), Long.parseLong(args[1]), shape);
        System.out.printf("%s: %,d incidents, %,d supply rows, %s to %s%n", summary.folder(), summary.incidents(),
                summary.supplyRows(), summary.from(), summary.to());
    }

    /** Writes the folder {@code target} (emptied first) with {@code n} incidents made from {@code seed}, sparse. */
    public static Summary write(Path sample, Path target, long n, long seed) throws IOException {
        return write(sample, target, n, seed, Shape.SPARSE);
    }

    /** Writes the folder {@code target} (emptied first) with {@code n} incidents of a shape made from {@code seed}. */
    public static Summary write(Path sample, Path target, long n, long seed, Shape shape) throws IOException {
        if (n < 1) {
            throw new IllegalArgumentException("at least one incident row, not " + n);
        }
        deleteRecursively(target);
        for (String folder : List.of("reference", "events", "claims")) {
            copyFolder(sample.resolve(folder), target.resolve(folder));
        }
        List<Route> routes = routes(sample.resolve("reference"));
        SampleSupply supply = SampleSupply.read(sample.resolve("supply"), routes);

        long sampleDays = ChronoUnit.DAYS.between(supply.from, supply.to) + 1;
        long days = shape == Shape.DENSE ? sampleDays : Math.max(sampleDays, (n + routes.size() - 1) / routes.size());
        LocalDate from = supply.to.minusDays(days - 1);
        if (from.getYear() < 1000) {
            throw new IllegalArgumentException(n + " incident rows would reach back before the year 1000");
        }

        Random random = new Random(seed);
        long supplyRows = writeSupply(target.resolve("supply/supply.csv"), routes, supply, from, days, random);
        Path incidents = target.resolve("incidents/incidents.csv");
        if (shape == Shape.DENSE) {
            writeDenseIncidents(incidents, places(sample.resolve("incidents")), from, days, n, random);
        } else {
            writeIncidents(incidents, routes, from, days, n, random);
        }
        Files.writeString(target.resolve("README.md"), """
                # Synthetic FuelWatch input

                Made by `org.fuelwatch.bench.SyntheticInput` for benchmarks: %d incidents (%s), %d supply rows,
                %s to %s, seed %d. Reference data, events and claims are copied from the sample; the supply rows
                of the sample's own period are the sample's. Everything else is synthetic and describes nothing real.
                """.formatted(n, shape.name().toLowerCase(Locale.ROOT), supplyRows, from, supply.to, seed),
                StandardCharsets.UTF_8);
        return new Summary(target, n, supplyRows, from, supply.to);
    }

    /** A route with its corridor and its waypoints in order, from the sample's reference files. */
    record Route(String code, String corridor, List<Waypoint> waypoints) {
    }

    record Waypoint(String town, String country, double latitude, double longitude) {
    }

    static List<Route> routes(Path reference) throws IOException {
        Map<String, List<Waypoint>> waypoints = new LinkedHashMap<>();
        for (NamedCsvRecord r : records(reference.resolve("waypoints.csv"))) {
            waypoints.computeIfAbsent(r.getField("route"), k -> new ArrayList<>()).add(new Waypoint(r.getField("town"),
                    r.getField("country"), Double.parseDouble(r.getField("latitude")),
                    Double.parseDouble(r.getField("longitude"))));
        }
        List<Route> routes = new ArrayList<>();
        for (NamedCsvRecord r : records(reference.resolve("routes.csv"))) {
            routes.add(new Route(r.getField("route"), r.getField("corridor"),
                    waypoints.getOrDefault(r.getField("route"), List.of())));
        }
        return routes;
    }

    /** The sample's supply rows by day and route, with each route's mean tankers and m3 per tanker. */
    record SampleSupply(LocalDate from, LocalDate to, List<String> header, Map<String, List<String>> rows,
            Map<String, Double> meanTankers) {

        static SampleSupply read(Path folder, List<Route> routes) throws IOException {
            List<Path> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
            }
            Map<String, List<String>> rows = new HashMap<>();
            List<String> header = null;
            LocalDate from = null;
            LocalDate to = null;
            Map<String, long[]> baseline = new HashMap<>();
            for (Path file : files) {
                for (NamedCsvRecord r : records(file)) {
                    header = r.getHeader();
                    LocalDate day = LocalDate.parse(r.getField("date"));
                    from = from == null || day.isBefore(from) ? day : from;
                    to = to == null || day.isAfter(to) ? day : to;
                    rows.put(day + "|" + r.getField("route"), r.getFields());
                    long[] sum = baseline.computeIfAbsent(r.getField("route"), k -> new long[2]);
                    // the first two months of the sample are its pre-blockade baseline
                    if (day.isBefore(LocalDate.of(2025, 9, 1))) {
                        sum[0] += Long.parseLong(r.getField("tankers"));
                        sum[1]++;
                    }
                }
            }
            if (from == null) {
                throw new IllegalArgumentException("the sample has no supply rows in " + folder);
            }
            Map<String, Double> means = new HashMap<>();
            for (Route route : routes) {
                long[] sum = baseline.getOrDefault(route.code(), new long[2]);
                means.put(route.code(), sum[1] == 0 ? 0 : sum[0] / (double) sum[1]);
            }
            return new SampleSupply(from, to, header, rows, means);
        }
    }

    private static long writeSupply(Path file, List<Route> routes, SampleSupply sample, LocalDate from, long days,
            Random random) throws IOException {
        long rows = 0;
        try (CsvWriter csv = writer(file)) {
            csv.writeRecord(sample.header());
            for (long d = 0; d < days; d++) {
                LocalDate day = from.plusDays(d);
                for (Route route : routes) {
                    List<String> copied = sample.rows().get(day + "|" + route.code());
                    if (copied != null) {
                        csv.writeRecord(copied);
                    } else {
                        List<String> row = new ArrayList<>(sample.header().size());
                        double mean = sample.meanTankers().get(route.code());
                        int tankers = mean == 0 ? 0 : (int) Math.max(0, Math.round(mean * (0.7 + 0.6 * random.nextDouble())));
                        int volume = tankers * 42 + (tankers == 0 ? 0 : random.nextInt(tankers * 8 + 1));
                        String notes = tankers > 0 && random.nextInt(40) == 0 ? "escorted convoy" : "";
                        for (String column : sample.header()) {
                            row.add(switch (column) {
                                case "date" -> day.toString();
                                case "corridor" -> route.corridor();
                                case "route" -> route.code();
                                case "tankers" -> String.valueOf(tankers);
                                case "volume_m3" -> String.valueOf(volume);
                                case "source" -> SYNTHETIC_SOURCE;
                                case "notes" -> notes;
                                default -> "";
                            });
                        }
                        csv.writeRecord(row);
                    }
                    rows++;
                }
            }
        }
        return rows;
    }

    private static void writeIncidents(Path file, List<Route> routes, LocalDate from, long days, long n,
            Random random) throws IOException {
        // routes weighted towards the Malian roads most attacked in the sample; routes without waypoints are skipped
        List<Route> usable = routes.stream().filter(r -> r.waypoints().size() >= 2).toList();
        try (CsvWriter csv = writer(file)) {
            csv.writeRecord("incident_id", "date", "corridor", "route", "location", "latitude", "longitude", "type",
                    "tankers_attacked", "tankers_destroyed", "fatalities", "actor", "source", "source_url", "notes");
            LocalDate previous = null;
            int serial = 0;
            for (long i = 0; i < n; i++) {
                LocalDate day = from.plusDays(i * days / n);
                serial = day.equals(previous) ? serial + 1 : 1;
                previous = day;
                Route route = usable.get(random.nextInt(usable.size()));
                List<Waypoint> points = route.waypoints();
                int k = points.size() - 2 - random.nextInt(Math.min(points.size() - 1, 6));
                Waypoint a = points.get(k);
                Waypoint b = points.get(k + 1);
                double t = random.nextDouble();
                String location = random.nextInt(4) == 0 ? "near " + a.town() : "between " + a.town() + " and "
                        + b.town();
                String type = weighted(TYPES, TYPE_WEIGHTS, random);
                int attacked = attacked(type, random);
                int destroyed = type.equals("abduction") ? 0 : random.nextInt(attacked + 1);
                int fatalities = random.nextInt(3) == 0 ? random.nextInt(9) : 0;
                int sourceNumber = random.nextInt(10);
                String source = sourceNumber < 7 ? SYNTHETIC_SOURCE : "Synthetic wire report " + sourceNumber;
                String url = sourceNumber < 7 ? "" : "https://example.org/fuelwatch/synthetic/" + sourceNumber;
                csv.writeRecord("INC-%04d-%02d%02d-%02d".formatted(day.getYear(), day.getMonthValue(),
                        day.getDayOfMonth(), serial), day.toString(), route.corridor(), route.code(), location,
                        coordinate(a.latitude() + t * (b.latitude() - a.latitude())),
                        coordinate(a.longitude() + t * (b.longitude() - a.longitude())), type,
                        String.valueOf(attacked), String.valueOf(destroyed), String.valueOf(fatalities),
                        ACTORS[random.nextInt(ACTORS.length)], source, url, notes(random));
            }
        }
    }

    /** Where a sample incident happened: the fields a dense row copies. */
    record Place(String corridor, String route, String location, String latitude, String longitude) {
    }

    /** The places of the sample's incidents, one per incident row, so that often-attacked places come up as often. */
    static List<Place> places(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        List<Place> places = new ArrayList<>();
        for (Path file : files) {
            for (NamedCsvRecord r : records(file)) {
                places.add(new Place(r.getField("corridor"), r.getField("route"), r.getField("location"),
                        r.getField("latitude"), r.getField("longitude")));
            }
        }
        if (places.isEmpty()) {
            throw new IllegalArgumentException("the sample has no incident rows in " + folder);
        }
        return places;
    }

    /** {@code n} incidents spread evenly over the days, each at one of the sample's places. */
    private static void writeDenseIncidents(Path file, List<Place> places, LocalDate from, long days, long n,
            Random random) throws IOException {
        try (CsvWriter csv = writer(file)) {
            csv.writeRecord("incident_id", "date", "corridor", "route", "location", "latitude", "longitude", "type",
                    "tankers_attacked", "tankers_destroyed", "fatalities", "actor", "source", "source_url", "notes");
            LocalDate previous = null;
            int serial = 0;
            for (long i = 0; i < n; i++) {
                LocalDate day = from.plusDays(i * days / n);
                serial = day.equals(previous) ? serial + 1 : 1;
                previous = day;
                Place place = places.get(random.nextInt(places.size()));
                String type = weighted(TYPES, TYPE_WEIGHTS, random);
                int attacked = attacked(type, random);
                int destroyed = type.equals("abduction") ? 0 : random.nextInt(attacked + 1);
                int fatalities = random.nextInt(3) == 0 ? random.nextInt(9) : 0;
                int sourceNumber = random.nextInt(10);
                csv.writeRecord("INC-%04d-%02d%02d-%05d".formatted(day.getYear(), day.getMonthValue(),
                        day.getDayOfMonth(), serial), day.toString(), place.corridor(), place.route(),
                        place.location(), place.latitude(), place.longitude(), type, String.valueOf(attacked),
                        String.valueOf(destroyed), String.valueOf(fatalities), ACTORS[random.nextInt(ACTORS.length)],
                        sourceNumber < 7 ? SYNTHETIC_SOURCE : "Synthetic wire report " + sourceNumber,
                        sourceNumber < 7 ? "" : "https://example.org/fuelwatch/synthetic/" + sourceNumber,
                        notes(random));
            }
        }
    }

    private static int attacked(String type, Random random) {
        return switch (type) {
            case "convoy_attack" -> 5 + random.nextInt(56);
            case "ambush" -> 1 + random.nextInt(15);
            case "arson" -> 1 + random.nextInt(10);
            case "abduction" -> random.nextInt(4);
            default -> random.nextInt(6);
        };
    }

    /** A note of 50 to 400 characters made of caveat phrases, cut at a phrase or word boundary. */
    static String notes(Random random) {
        int target = 50 + random.nextInt(351);
        StringBuilder text = new StringBuilder(NOTE_PARTS[random.nextInt(NOTE_PARTS.length)]);
        while (text.length() < target) {
            text.append(random.nextBoolean() ? "; " : ", ").append(NOTE_PARTS[random.nextInt(NOTE_PARTS.length)]);
        }
        if (text.length() >= target) {
            // cut after the last whole phrase that fits, else at the last word boundary
            int phrase = Math.max(text.lastIndexOf("; ", target - 1), text.lastIndexOf(", ", target - 1));
            int word = text.lastIndexOf(" ", target - 1);
            text.setLength(phrase >= 49 ? phrase : word > 0 ? word : target - 1);
        }
        while (",; ".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text.setLength(text.length() - 1);
        }
        while (text.length() < 49) {
            text.append(", unconfirmed");
        }
        return text.append('.').toString();
    }

    private static String weighted(String[] values, int[] weights, Random random) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static CsvWriter writer(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).bufferSize(1 << 16).build(out);
    }

    private static List<NamedCsvRecord> records(Path file) throws IOException {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().detectBomHeader(true)
                .ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            return reader.stream().toList();
        }
    }

    static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.sorted().toList()) {
                if (Files.isRegularFile(file)) {
                    Files.copy(file, to.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete " + p, e);
                }
            }
        }
    }
}
