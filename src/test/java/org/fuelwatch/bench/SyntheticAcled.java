package org.fuelwatch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes an ACLED-shaped export of any size for measuring its ingest: every row synthetic (ids "ZZZ" and a number,
 * source "Synthetic", notes saying so), deterministic from a seed, with the export tool's columns, dates in 2025,
 * places over Mali and its neighbours, and about one row in ten of a selectable type naming fuel or freight.
 * Run as {@code java src/test/java/org/fuelwatch/bench/SyntheticAcled.java <rows> <seed> <file>}.
 */
public final class SyntheticAcled {

    static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
            + "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
            + "notes,fatalities,tags,timestamp";

    private static final String[][] TYPES = {
        {"Political violence", "Battles", "Armed clash", "Rebel group", "State forces", "State forces-Rebel group"},
        {"Political violence", "Violence against civilians", "Attack", "Rebel group", "Civilians",
            "Rebel group-Civilians"},
        {"Political violence", "Explosions/Remote violence", "Air/drone strike", "State forces", "Rebel group",
            "State forces-Rebel group"},
        {"Demonstrations", "Protests", "Peaceful protest", "Protesters", "", "Protesters only"},
        {"Strategic developments", "Strategic developments", "Looting/property destruction", "Rebel group",
            "Civilians", "Rebel group-Civilians"},
    };
    private static final String[] PLACES = {"Kayes", "Diéma", "Nioro du Sahel", "Kati", "Bougouni", "Sikasso",
        "Kolondiéba", "Ségou", "Mopti", "Kita", "Tombouctou", "Gao"};
    private static final String[] NOTES = {
        "Synthetic row (FuelWatch benchmark, not ACLED data): militants attacked a village, \"no casualties\" reported.",
        "Synthetic row (FuelWatch benchmark, not ACLED data): clashes between soldiers and militants, toll unknown.",
        "Synthetic row (FuelWatch benchmark, not ACLED data): protest in the town centre, dispersed peacefully.",
        "Synthetic row (FuelWatch benchmark, not ACLED data): événement synthétique, affrontements près du marché.",
    };
    private static final String[] SUPPLY_NOTES = {
        "Synthetic row (FuelWatch benchmark, not ACLED data): gunmen burned %d fuel tankers of a convoy.",
        "Synthetic row (FuelWatch benchmark, not ACLED data): des hommes armés ont incendié %d camions-citernes.",
        "Synthetic row (FuelWatch benchmark, not ACLED data): two truck drivers abducted, %d lorries held.",
    };

    private SyntheticAcled() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: SyntheticAcled <rows> <seed> <file>");
            System.exit(3);
        }
        write(Path.of(args[2]), Long.parseLong(args[0]), Long.parseLong(args[1]));
    }

    static void write(Path file, long n, long seed) throws IOException {
        Random random = new Random(seed);
        LocalDate start = LocalDate.of(2025, 1, 1);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write("\r\n");
            for (long i = 0; i < n; i++) {
                String[] t = TYPES[random.nextInt(TYPES.length)];
                boolean supply = random.nextInt(10) == 0 && !t[1].equals("Protests");
                LocalDate date = start.plusDays(random.nextInt(365));
                String notes = supply ? SUPPLY_NOTES[random.nextInt(SUPPLY_NOTES.length)].formatted(1 + random.nextInt(40))
                        : NOTES[random.nextInt(NOTES.length)];
                double lat = 10.5 + random.nextDouble() * 6;
                double lon = -12 + random.nextDouble() * 10;
                out.write(String.join(",", "ZZZ" + (100000 + i), date.toString(), String.valueOf(date.getYear()), "1",
                        t[0], t[1], t[2], "Synthetic actor", "", t[3], t[4].isEmpty() ? "" : "Synthetic actor 2", "",
                        t[4], t[5], "", "466", "Western Africa", "Mali", "Synthetic region", "", "",
                        PLACES[random.nextInt(PLACES.length)], String.format(java.util.Locale.ROOT, "%.4f", lat),
                        String.format(java.util.Locale.ROOT, "%.4f", lon), String.valueOf(1 + random.nextInt(3)),
                        "Synthetic", "Other", "\"" + notes.replace("\"", "\"\"") + "\"",
                        String.valueOf(random.nextInt(5)), "", String.valueOf(1735689600L + i)));
                out.write("\r\n");
            }
        }
    }
}
