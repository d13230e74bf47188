package org.fuelwatch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Incident inputs of other shapes than the benchmark's, for timing ingest against the plain loader: every row inside
 * the sample's briefing window (1 Jul 2025 – 31 Jan 2026, about 470 rows a day at 100,000), with notes of a chosen
 * length, and optionally all at a few places. The sample's reference, supply, events and claims are copied, so the
 * folder is a whole valid input. Deterministic for a seed.
 *
 * <pre>
 * dense    notes of 50-400 characters, places spread along the routes (the benchmark's rows, made dense)
 * nonotes  no notes at all
 * long     notes of 2,000-3,900 characters
 * places   notes of 50-400 characters, every row at one of five places with the same coordinates
 * </pre>
 */
public final class IngestShapes {

    static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    static final int DAYS = 215;
    static final String WORDS = "convoi attaqué près de la frontière, \"citerne\" incendiée; escorte FAMa présente "
            + "route nationale, chauffeurs libérés deux jours plus tard. شاحنة وقود ";

    private IngestShapes() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Path.of(args[1]), Long.parseLong(args[2]), args[3], 20251201);
    }

    record Place(String corridor, String route, String town, double latitude, double longitude) {
    }

    static void write(Path sample, Path target, long rows, String shape, long seed) throws IOException {
        SyntheticInput.deleteRecursively(target);
        for (String folder : List.of("reference", "supply", "events", "claims")) {
            copy(sample.resolve(folder), target.resolve(folder));
        }
        List<Place> places = places(sample.resolve("reference"));
        if (shape.equals("places")) {
            places = places.subList(0, 5);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Path file = target.resolve("incidents/incidents.csv");
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord("incident_id", "date", "corridor", "route", "location", "latitude", "longitude", "type",
                    "tankers_attacked", "tankers_destroyed", "fatalities", "actor", "source", "source_url", "notes");
            for (long i = 0; i < rows; i++) {
                Place p = places.get(random.nextInt(places.size()));
                boolean jitter = !shape.equals("places");
                int attacked = random.nextInt(8);
                csv.writeRecord("SHP-" + i, FROM.plusDays(i * DAYS / rows).toString(), p.corridor(), p.route(),
                        p.town(), coordinate(p.latitude(), jitter, random), coordinate(p.longitude(), jitter, random),
                        random.nextBoolean() ? "ambush" : "convoy_attack", String.valueOf(attacked),
                        String.valueOf(random.nextInt(attacked + 1)), String.valueOf(random.nextInt(4)),
                        "suspected JNIM", "Synthetic (FuelWatch ingest shapes)", "", note(shape, random));
            }
        }
    }

    private static String coordinate(double value, boolean jitter, SplittableRandom random) {
        return String.format(Locale.ROOT, "%.4f", jitter ? value + random.nextDouble(-0.2, 0.2) : value);
    }

    private static String note(String shape, SplittableRandom random) {
        int length = switch (shape) {
            case "nonotes" -> 0;
            case "long" -> 2000 + random.nextInt(1900);
            default -> 50 + random.nextInt(350);
        };
        StringBuilder note = new StringBuilder(length);
        int start = random.nextInt(WORDS.length());
        while (note.length() < length) {
            note.append(WORDS, start, WORDS.length());
            start = 0;
        }
        note.setLength(length);
        return note.toString().strip();
    }

    private static List<Place> places(Path reference) throws IOException {
        java.util.Map<String, String> corridorOf = new java.util.HashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reference.resolve("routes.csv"))) {
            csv.forEach(r -> corridorOf.put(r.getField("route"), r.getField("corridor")));
        }
        List<Place> places = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                .ofNamedCsvRecord(reference.resolve("waypoints.csv"))) {
            csv.forEach(r -> places.add(new Place(corridorOf.get(r.getField("route")), r.getField("route"),
                    r.getField("town"), Double.parseDouble(r.getField("latitude")),
                    Double.parseDouble(r.getField("longitude")))));
        }
        return places;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
