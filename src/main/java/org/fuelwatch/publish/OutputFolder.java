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
import java.util.stream.Stream;

import org.fuelwatch.system.AtomicFiles;
import org.fuelwatch.system.Edition;
import org.fuelwatch.system.OutputNames;
import org.springframework.util.FileSystemUtils;
import tools.jackson.core.JacksonException;

/**
 * The files of an output folder and the only ways they change: a finished file moved into place in one atomic rename,
 * a replaced briefing kept as a dated revision, {@code latest.pdf} pointed at the newest briefing, and old briefings
 * pruned. Readers of the folder never see a half-written file under a published name.
 */
public final class OutputFolder {

    private static final DateTimeFormatter REVISION_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final OutputNames names;

    public OutputFolder(Path root) {
        this.names = new OutputNames(root);
    }

    public OutputNames names() {
        return names;
    }

    /**
     * The manifest of the briefing published for this date, if there is one that can be read; one that cannot (edited
     * by hand, from an older version) counts as absent, so the briefing is made again rather than trusted.
     */
    public Optional<Manifest> publishedManifest(LocalDate asOf) {
        Path file = names.manifest(asOf);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ManifestJson.read(file));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /**
     * The renames that keep the briefing published for this date, and its manifest, as a revision named after the time
     * it was published: {@code revisions/briefing-<as-of>-<yyyyMMddTHHmmssZ>.pdf}. Empty when nothing is published.
     */
    List<PublishPlan.Move> archiveMoves(LocalDate asOf) throws IOException {
        Path pdf = names.briefing(asOf);
        if (!Files.exists(pdf)) {
            return List.of();
        }
        String stamp = REVISION_STAMP.format(Files.getLastModifiedTime(pdf).toInstant());
        String name = names.revisionName(asOf, stamp);
        List<PublishPlan.Move> moves = new ArrayList<>();
        if (Files.exists(names.manifest(asOf))) {
            moves.add(PublishPlan.Move.of(names.manifest(asOf), names.revisions().resolve(name + ".json")));
        }
        // the other editions go with it: revisions/briefing-<as-of>-<stamp>-ar.pdf
        for (Edition edition : Edition.values()) {
            Path other = names.briefing(asOf, edition.code());
            if (edition != Edition.EN && Files.exists(other)) {
                moves.add(PublishPlan.Move.of(other, names.revisions().resolve(name + edition.suffix() + ".pdf")));
            }
        }
        moves.add(PublishPlan.Move.of(pdf, names.revisions().resolve(name + ".pdf")));
        return moves;
    }

    /**
     * Removes every file of the briefings beyond the {@code keep} newest as-of dates: the PDF, manifest, rejects,
     * changes, ACLED audit, revisions and scratch folder. The newest briefing and {@code protect} (the one just published) stay.
     *
     * @return the as-of dates removed
     */
    public List<LocalDate> prune(int keep, LocalDate protect) {
        List<LocalDate> dates = names.publishedDates();
        List<LocalDate> removed = new ArrayList<>();
        for (int i = Math.max(keep, 1); i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            if (date.equals(protect)) {
                continue;
            }
            try {
                // the PDF goes last: while it exists, the date still counts as published and a later run prunes it
                for (Path file : List.of(names.manifest(date), names.rejects(date), names.changes(date),
                        names.acledMatches(date))) {
                    Files.deleteIfExists(file);
                }
                for (Path revision : revisionsOf(date)) {
                    Files.deleteIfExists(revision);
                }
                FileSystemUtils.deleteRecursively(names.work(date));
                for (Edition edition : Edition.values()) {
                    if (edition != Edition.EN) {
                        Files.deleteIfExists(names.briefing(date, edition.code()));
                    }
                }
                Files.deleteIfExists(names.briefing(date));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the briefing of " + date + " from " + names.root(), e);
            }
            removed.add(date);
        }
        return removed;
    }

    /** Revisions kept for one as-of date, oldest first. */
    public List<Path> revisionsOf(LocalDate asOf) {
        if (!Files.isDirectory(names.revisions())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(names.revisions())) {
            return files.filter(f -> names.isRevisionOf(f, asOf)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + names.revisions(), e);
        }
    }
}
