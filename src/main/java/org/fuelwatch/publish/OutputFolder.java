package org.fuelwatch.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;
import tools.jackson.core.JacksonException;

/**
 * The files of an output folder and the only ways they change: a finished file moved into place in one atomic rename,
 * a replaced briefing kept as a dated revision, {@code latest.pdf} pointed at the newest briefing, and old briefings
 * pruned. Readers of the folder never see a half-written file under a published name.
 */
public final class OutputFolder {

    private static final Pattern BRIEFING = Pattern.compile("briefing-(\\d{4}-\\d{2}-\\d{2})\\.pdf");
    private static final DateTimeFormatter REVISION_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path root;

    public OutputFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path briefing(LocalDate asOf) {
        return root.resolve("briefing-" + asOf + ".pdf");
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

    /** Scratch folder of one as-of date's intermediate files: figures, charts, the unpublished PDF. */
    public Path work(LocalDate asOf) {
        return root.resolve(".work").resolve(asOf.toString());
    }

    public Path latest() {
        return root.resolve("latest.pdf");
    }

    public Path latestManifest() {
        return root.resolve("latest.json");
    }

    public Path revisions() {
        return root.resolve("revisions");
    }

    /**
     * The manifest of the briefing published for this date, if there is one that can be read; one that cannot (edited
     * by hand, from an older version) counts as absent, so the briefing is made again rather than trusted.
     */
    public Optional<Manifest> publishedManifest(LocalDate asOf) {
        Path file = manifest(asOf);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ManifestJson.read(file));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** As-of dates of the published briefings, newest first. */
    public List<LocalDate> publishedDates() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(root)) {
            return files.map(f -> BRIEFING.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> LocalDate.parse(m.group(1))).sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** Moves a finished file under its published name in one step, replacing what was there. */
    public static void moveIntoPlace(Path finished, Path published) {
        try {
            Files.createDirectories(published.toAbsolutePath().getParent());
            Files.move(finished, published, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + finished + " to " + published, e);
        }
    }

    /**
     * Keeps the briefing published for this date, and its manifest, as a revision named after the time it was
     * published: {@code revisions/briefing-<as-of>-<yyyyMMddTHHmmssZ>.pdf}. The stamp comes from the PDF's
     * modification time, so a run killed between the two moves archives both under the same name when it restarts.
     *
     * @return the archived PDF, or null when nothing was published for the date
     */
    public Path archive(LocalDate asOf) {
        Path pdf = briefing(asOf);
        if (!Files.exists(pdf)) {
            return null;
        }
        try {
            String stamp = REVISION_STAMP.format(Files.getLastModifiedTime(pdf).toInstant());
            String name = "briefing-" + asOf + "-" + stamp;
            if (Files.exists(manifest(asOf))) {
                moveIntoPlace(manifest(asOf), revisions().resolve(name + ".json"));
            }
            Path archived = revisions().resolve(name + ".pdf");
            moveIntoPlace(pdf, archived);
            return archived;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + pdf, e);
        }
    }

    /** Points latest.pdf and latest.json at the briefing with the newest as-of date; copies, so any reader can open them. */
    public void updateLatest() {
        List<LocalDate> dates = publishedDates();
        if (dates.isEmpty()) {
            return;
        }
        LocalDate newest = dates.get(0);
        copyIntoPlace(briefing(newest), latest());
        if (Files.exists(manifest(newest))) {
            copyIntoPlace(manifest(newest), latestManifest());
        }
    }

    /**
     * Removes every file of the briefings beyond the {@code keep} newest as-of dates: the PDF, manifest, rejects,
     * changes, revisions and scratch folder. The newest briefing and {@code protect} (the one just published) stay.
     *
     * @return the as-of dates removed
     */
    public List<LocalDate> prune(int keep, LocalDate protect) {
        List<LocalDate> dates = publishedDates();
        List<LocalDate> removed = new ArrayList<>();
        for (int i = Math.max(keep, 1); i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            if (date.equals(protect)) {
                continue;
            }
            try {
                // the PDF goes last: while it exists, the date still counts as published and a later run prunes it
                for (Path file : List.of(manifest(date), rejects(date), changes(date))) {
                    Files.deleteIfExists(file);
                }
                for (Path revision : revisionsOf(date)) {
                    Files.deleteIfExists(revision);
                }
                FileSystemUtils.deleteRecursively(work(date));
                Files.deleteIfExists(briefing(date));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the briefing of " + date + " from " + root, e);
            }
            removed.add(date);
        }
        return removed;
    }

    /** Revisions kept for one as-of date, oldest first. */
    public List<Path> revisionsOf(LocalDate asOf) {
        if (!Files.isDirectory(revisions())) {
            return List.of();
        }
        String prefix = "briefing-" + asOf + "-";
        try (Stream<Path> files = Files.list(revisions())) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + revisions(), e);
        }
    }

    private static void copyIntoPlace(Path from, Path to) {
        Path tmp = to.resolveSibling(to.getFileName() + ".part");
        try {
            Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + tmp, e);
        }
        moveIntoPlace(tmp, to);
    }
}
