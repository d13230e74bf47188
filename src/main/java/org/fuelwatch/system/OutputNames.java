package org.fuelwatch.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The names of the files in an output folder, in one place: every stage that writes or reads a published file asks
 * here, so the pattern {@code briefing-<as-of>.pdf} is known once.
 *
 * @param root the output folder
 */
public record OutputNames(Path root) {

    private static final Pattern BRIEFING = Pattern.compile("briefing-(\\d{4}-\\d{2}-\\d{2})\\.pdf");

    /** The edition published under the plain names; others carry their code: {@code briefing-<as-of>-ar.pdf}. */
    public static final String MAIN_EDITION = "en";

    public Path briefing(LocalDate asOf) {
        return briefing(asOf, MAIN_EDITION);
    }

    /** The briefing of one edition (language code): {@code briefing-<as-of>.pdf} for English, else with the code. */
    public Path briefing(LocalDate asOf, String edition) {
        return root.resolve("briefing-" + asOf + suffix(edition) + ".pdf");
    }

    public Path manifest(LocalDate asOf) {
        return root.resolve("briefing-" + asOf + ".json");
    }

    public Path rejects(LocalDate asOf) {
        return root.resolve("rejects-" + asOf + ".csv");
    }

    public Path changes(LocalDate asOf) {
        return root.resolve("changes-" + asOf + ".csv");
    }

    /** Why each ACLED event counted or not: the audit of the ACLED match. */
    public Path acledMatches(LocalDate asOf) {
        return root.resolve("acled-matches-" + asOf + ".csv");
    }

    /** Scratch folder of one as-of date's intermediate files: figures, charts, the unpublished PDF. */
    public Path work(LocalDate asOf) {
        return root.resolve(".work").resolve(asOf.toString());
    }

    /** The figures a run for this as-of date kept, for the next briefing to compare with. */
    public Path figures(LocalDate asOf) {
        return work(asOf).resolve("figures.json");
    }

    public Path latest() {
        return latest(MAIN_EDITION);
    }

    /** The copy of the newest briefing of one edition: {@code latest.pdf}, {@code latest-ar.pdf}. */
    public Path latest(String edition) {
        return root.resolve("latest" + suffix(edition) + ".pdf");
    }

    public Path latestManifest() {
        return root.resolve("latest.json");
    }

    /** The archive page staff browse: every briefing kept, newest first, with links to its files. */
    public Path archivePage() {
        return root.resolve("index.html");
    }

    public Path revisions() {
        return root.resolve("revisions");
    }

    private static String suffix(String edition) {
        return MAIN_EDITION.equals(edition) ? "" : "-" + edition;
    }

    /** Base name of a revision of this date's briefing kept under its publication stamp. */
    public String revisionName(LocalDate asOf, String stamp) {
        return "briefing-" + asOf + "-" + stamp;
    }

    /** True for a file in {@link #revisions()} that is a revision of this date's briefing. */
    public boolean isRevisionOf(Path file, LocalDate asOf) {
        return file.getFileName().toString().startsWith("briefing-" + asOf + "-");
    }

    /** The as-of date of a published briefing's file name, if it is one. */
    public static Optional<LocalDate> asOfOf(Path file) {
        Matcher m = BRIEFING.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** As-of dates of the published briefings, newest first. */
    public List<LocalDate> publishedDates() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(root)) {
            return files.map(OutputNames::asOfOf).flatMap(Optional::stream).filter(Objects::nonNull)
                    .sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }
}
