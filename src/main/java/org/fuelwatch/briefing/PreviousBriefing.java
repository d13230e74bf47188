package org.fuelwatch.briefing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.FiguresStore;

/**
 * Finds the figures of the briefing before this one in the output folder: the latest as-of date before this one
 * with a published {@code briefing-<as-of>.pdf}, whose run kept its figures in {@code .work/<as-of>/figures.json}.
 * A run that did not publish is not a briefing anyone read, so it is not compared with; retention removes a
 * briefing's work folder with it.
 */
final class PreviousBriefing {

    private static final Pattern PUBLISHED = Pattern.compile("briefing-(\\d{4}-\\d{2}-\\d{2})\\.pdf");

    private PreviousBriefing() {
    }

    static Optional<Figures> before(Path output, LocalDate asOf) {
        if (!Files.isDirectory(output)) {
            return Optional.empty();
        }
        TreeSet<LocalDate> published = new TreeSet<>();
        try (Stream<Path> files = Files.list(output)) {
            files.forEach(file -> {
                Matcher m = PUBLISHED.matcher(file.getFileName().toString());
                if (m.matches()) {
                    date(m.group(1)).ifPresent(published::add);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + output, e);
        }
        for (LocalDate date = published.lower(asOf); date != null; date = published.lower(date)) {
            Path figures = output.resolve(".work").resolve(date.toString()).resolve("figures.json");
            if (Files.isRegularFile(figures)) {
                return Optional.of(FiguresStore.read(figures));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
