package org.fuelwatch.briefing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.FiguresStore;

/**
 * Finds the figures of the briefing before this one in the output folder: the latest as-of date before this one
 * among the {@code figures-<as-of>.json} files kept beside the published briefings and the runs' work folders
 * ({@code .work/<as-of>/figures.json}). A kept file wins over a work folder of the same date.
 */
final class PreviousBriefing {

    static final Pattern KEPT = Pattern.compile("figures-(\\d{4}-\\d{2}-\\d{2})\\.json");

    private PreviousBriefing() {
    }

    /** Where the figures of the briefing of this as-of date are kept for the next one. */
    static Path keptFile(Path output, LocalDate asOf) {
        return output.resolve("figures-" + asOf + ".json");
    }

    static Optional<Figures> before(Path output, LocalDate asOf) {
        TreeMap<LocalDate, Path> found = new TreeMap<>();
        Path work = output.resolve(".work");
        if (Files.isDirectory(work)) {
            try (Stream<Path> runs = Files.list(work)) {
                runs.forEach(run -> date(run.getFileName().toString())
                        .filter(d -> Files.isRegularFile(run.resolve("figures.json")))
                        .ifPresent(d -> found.put(d, run.resolve("figures.json"))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + work, e);
            }
        }
        if (Files.isDirectory(output)) {
            try (Stream<Path> files = Files.list(output)) {
                files.forEach(file -> {
                    Matcher m = KEPT.matcher(file.getFileName().toString());
                    if (m.matches()) {
                        date(m.group(1)).ifPresent(d -> found.put(d, file));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + output, e);
            }
        }
        var previous = found.lowerEntry(asOf);
        return previous == null ? Optional.empty() : Optional.of(FiguresStore.read(previous.getValue()));
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
