package org.fuelwatch.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.fuelwatch.acled.AcledMatches;
import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.FiguresStore;
import org.fuelwatch.ingest.IngestFiles;
import org.fuelwatch.ingest.IngestFiles.FileCounts;
import org.fuelwatch.ingest.RejectedRows;
import org.fuelwatch.system.AtomicFiles;
import org.fuelwatch.system.Edition;
import org.fuelwatch.system.FuelWatchProperties;
import org.fuelwatch.system.InputFingerprint;
import org.fuelwatch.system.JobParameterNames;
import org.fuelwatch.system.OutputNames;
import org.fuelwatch.system.RunContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Publishes a finished run: the rejects and changes files, the briefing (the one it replaces kept as a revision), the
 * manifest and {@code latest.pdf} switch together, or not at all; then old briefings are pruned. A run killed here
 * finishes the job when it is restarted.
 */
@Component
public class Publisher {

    private static final Logger log = LoggerFactory.getLogger(Publisher.class);

    private final RejectedRows rejectedRows;
    private final IngestFiles ingestFiles;
    private final FuelWatchProperties properties;
    private final AcledMatches acledMatches;

    Publisher(RejectedRows rejectedRows, IngestFiles ingestFiles, FuelWatchProperties properties,
            AcledMatches acledMatches) {
        this.rejectedRows = rejectedRows;
        this.ingestFiles = ingestFiles;
        this.properties = properties;
        this.acledMatches = acledMatches;
    }

    /**
     * Publishes the run's files as one set: stages every file in full under the run's work folder, writes down the
     * renames that put them in place ({@link PublishPlan}), then carries them out. A failure while staging (a full
     * disk) leaves the published set as it was and removes what it staged; a run killed after the plan was written
     * completes it when it restarts.
     */
    public Manifest publish(RunContext run, JobExecution execution) {
        OutputFolder folder = new OutputFolder(run.output());
        OutputNames out = folder.names();
        LocalDate asOf = run.asOf();
        Path planFile = planFile(out, asOf);
        if (Files.exists(planFile)) {
            log.info("completing the publishing of {} that a previous attempt began", asOf);
        } else if (!Files.exists(run.draftBriefing()) && Files.exists(out.briefing(asOf))) {
            // only a restart after the plan was carried out finds the draft gone: the set is in place
            log.info("the briefing of {} was published by a previous attempt", asOf);
        } else {
            stage(run, execution, folder).write(planFile);
        }
        if (Files.exists(planFile)) {
            PublishPlan.read(planFile).apply(planFile);
            FileSystemUtils.deleteRecursively(staging(out, asOf).toFile());
        }
        List<LocalDate> removed = folder.prune(properties.publish().keepBriefings(), asOf);
        if (!removed.isEmpty()) {
            log.info("removed the briefings of {} (keeping the {} newest)", removed,
                    properties.publish().keepBriefings());
        }
        writeArchivePage(folder);
        log.info("briefing published: {}", out.briefing(asOf).toAbsolutePath());
        return ManifestJson.read(out.manifest(asOf));
    }

    /**
     * Writes {@code index.html} from the briefings now kept. It is made from what is in the folder, so a run killed
     * before it is written leaves the previous page, and the restart writes it again.
     */
    static void writeArchivePage(OutputFolder folder) {
        OutputNames out = folder.names();
        List<ArchivePage.Entry> entries = new ArrayList<>();
        for (LocalDate date : out.publishedDates()) {
            List<ArchivePage.Edition> editions = new ArrayList<>();
            editions.add(new ArchivePage.Edition("English", out.briefing(date).getFileName().toString(),
                    Files.exists(out.manifest(date)) ? out.manifest(date).getFileName().toString() : null));
            Path arabic = out.root().resolve("briefing-" + date + "-ar.pdf");
            if (Files.exists(arabic)) {
                Path arabicManifest = out.root().resolve("briefing-" + date + "-ar.json");
                editions.add(new ArchivePage.Edition("العربية", arabic.getFileName().toString(),
                        Files.exists(arabicManifest) ? arabicManifest.getFileName().toString() : null));
            }
            entries.add(new ArchivePage.Entry(date, folder.publishedManifest(date).map(Manifest::keyFigures)
                    .orElse(null), editions));
        }
        String html = ArchivePage.html("FuelWatch briefings: fuel supply to Bamako", entries);
        AtomicFiles.write(out.archivePage(), o -> o.write(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Whether publishing for this date began and did not finish: the next run of the same input completes it. */
    public static boolean interrupted(Path output, LocalDate asOf) {
        return asOf != null && Files.exists(planFile(new OutputNames(output), asOf));
    }

    private PublishPlan stage(RunContext run, JobExecution execution, OutputFolder folder) {
        OutputNames out = folder.names();
        LocalDate asOf = run.asOf();
        Path staging = staging(out, asOf);
        try {
            FileSystemUtils.deleteRecursively(staging);
            long instance = execution.getJobInstance().getInstanceId();
            Path rejects = staging.resolve(out.rejects(asOf).getFileName());
            Path changes = staging.resolve(out.changes(asOf).getFileName());
            writeRejects(rejectedRows.rejected(instance), rejects);
            writeChanges(rejectedRows.changed(instance), changes);

            Path published = out.briefing(asOf);
            Map<Path, Path> outputs = new LinkedHashMap<>();
            outputs.put(published, run.draftBriefing());
            // the other editions of the same figures: all of them or none are published
            List<Edition> others = properties.briefing().editionList().stream().filter(e -> e != Edition.EN).toList();
            for (Edition edition : others) {
                Path draft = run.draftBriefing(edition);
                if (!Files.exists(draft)) {
                    throw new IllegalStateException("the " + edition.code() + " edition " + draft
                            + " is missing; the briefing step must run again");
                }
                outputs.put(out.briefing(asOf, edition.code()), draft);
            }
            outputs.put(out.rejects(asOf), rejects);
            outputs.put(out.changes(asOf), changes);
            if (acledMatches.any()) {
                Path matches = staging.resolve(out.acledMatches(asOf).getFileName());
                writeAcledMatches(acledMatches, matches);
                outputs.put(out.acledMatches(asOf), matches);
            }
            Path manifest = staging.resolve(out.manifest(asOf).getFileName());
            ManifestJson.write(manifest(run, execution, outputs), manifest);

            List<PublishPlan.Move> moves = new ArrayList<>();
            if (Files.exists(published) && !sameContent(published, run.draftBriefing())
                    && newInput(folder, execution)) {
                moves.addAll(folder.archiveMoves(asOf));
                log.info("new input for {}: the briefing it replaces is kept in {}", asOf, out.revisions());
            }
            outputs.forEach((to, from) -> moves.add(PublishPlan.Move.of(from, to)));
            moves.add(PublishPlan.Move.of(manifest, out.manifest(asOf)));
            List<LocalDate> dates = out.publishedDates();
            if (dates.isEmpty() || !dates.get(0).isAfter(asOf)) {
                Path latest = staging.resolve(out.latest().getFileName());
                Path latestManifest = staging.resolve(out.latestManifest().getFileName());
                AtomicFiles.copy(run.draftBriefing(), latest);
                AtomicFiles.copy(manifest, latestManifest);
                moves.add(PublishPlan.Move.of(latest, out.latest()));
                for (Edition edition : others) {
                    Path latestEdition = staging.resolve(out.latest(edition.code()).getFileName());
                    AtomicFiles.copy(run.draftBriefing(edition), latestEdition);
                    moves.add(PublishPlan.Move.of(latestEdition, out.latest(edition.code())));
                }
                moves.add(PublishPlan.Move.of(latestManifest, out.latestManifest()));
            }
            return new PublishPlan(moves);
        } catch (IOException | RuntimeException e) {
            FileSystemUtils.deleteRecursively(staging.toFile());
            throw e instanceof IOException io ? new UncheckedIOException("cannot stage the briefing of " + asOf
                    + " for publishing: " + io.getMessage(), io) : (RuntimeException) e;
        }
    }

    private static Path planFile(OutputNames out, LocalDate asOf) {
        return out.work(asOf).resolve("publish-plan.json");
    }

    private static Path staging(OutputNames out, LocalDate asOf) {
        return out.work(asOf).resolve("staged");
    }

    /** The manifest of the set about to be published: {@code outputs} maps each published name to its staged file. */
    private Manifest manifest(RunContext run, JobExecution execution, Map<Path, Path> outputs) {
        LocalDate asOf = run.asOf();
        List<FileCounts> counts = ingestFiles.forRun(execution.getJobInstance().getInstanceId());
        List<Manifest.InputFile> inputs = new ArrayList<>();
        for (FileCounts c : counts) {
            Path file = run.input().resolve(c.file());
            boolean present = Files.isRegularFile(file);
            inputs.add(new Manifest.InputFile(c.file(), c.kind(), present ? InputFingerprint.sha256(file) : null,
                    present ? size(file) : 0, c.read(), c.added(), c.updated(), c.duplicates(), c.rejected(),
                    c.problem()));
        }
        List<Manifest.OutputFile> files = new ArrayList<>();
        outputs.forEach((published, staged) -> files.add(new Manifest.OutputFile(published.getFileName().toString(),
                InputFingerprint.sha256(staged), size(staged))));
        ZoneId zone = ZoneId.systemDefault();
        Figures figures = FiguresStore.read(run.figuresFile());
        return new Manifest(asOf, execution.getJobInstance().getInstanceId(), execution.getId(),
                fingerprint(execution),
                execution.getStartTime() == null ? null : execution.getStartTime().atZone(zone).toOffsetDateTime(),
                OffsetDateTime.now(zone), figures.dataAge(), inputs,
                counts.stream().mapToLong(FileCounts::rejected).sum(), keyFigures(figures), files,
                acledFiles(counts));
    }

    /** Per ACLED export file of this run: the ingest's counts beside the match's. */
    private List<Manifest.AcledFile> acledFiles(List<FileCounts> counts) {
        Map<String, AcledMatches.FileCounts> matched = new LinkedHashMap<>();
        acledMatches.perFile().forEach(m -> matched.put(m.file(), m));
        return counts.stream().filter(c -> c.kind().equals("AcledEvents")).map(c -> {
            AcledMatches.FileCounts m = matched.getOrDefault(c.file(),
                    new AcledMatches.FileCounts(c.file(), 0, 0, 0, 0, 0, 0));
            return new Manifest.AcledFile(c.file(), c.read(), m.selected(), m.matched(), m.merged(), m.unmatched(),
                    c.rejected());
        }).toList();
    }

    /**
     * Whether the published briefing was made from other input than this run's. Only then is it kept as a revision:
     * a briefing made again from the same input (to bring its stale-data notice up to date) simply replaces it.
     */
    private static boolean newInput(OutputFolder out, JobExecution execution) {
        LocalDate asOf = RunContext.of(execution).asOf();
        return out.publishedManifest(asOf).map(m -> !fingerprint(execution).equals(m.fingerprint())).orElse(true);
    }

    private static String fingerprint(JobExecution execution) {
        return execution.getJobParameters().getString(JobParameterNames.FINGERPRINT);
    }

    private static Manifest.KeyFigures keyFigures(Figures f) {
        return new Manifest.KeyFigures(f.supplyCut().cutPct(), f.supplyCut().worstWindow().from(),
                f.supplyCut().worstWindow().to(), f.supplyCut().currentPctOfBaseline(), f.routeShare().sharePct(),
                f.routeShare().route(), f.totals().sinceBlockade().incidents(),
                f.totals().sinceBlockade().tankersDestroyed(), f.totals().last7Days().incidents(),
                f.totals().last30Days().incidents());
    }

    static void writeRejects(List<RejectedRows.Rejected> rejected, Path file) {
        writeCsv(file, List.of("file", "line", "column", "value", "reason", "raw_line"), rejected.stream()
                .map(r -> SpreadsheetSafe.cells(List.of(r.file(), String.valueOf(r.line()), nn(r.column()),
                        nn(r.value()), r.reason(), nn(r.raw()))))
                .toList());
    }

    static void writeChanges(List<RejectedRows.Changed> changed, Path file) {
        writeCsv(file, List.of("file", "line", "key", "changes"), changed.stream()
                .map(c -> SpreadsheetSafe.cells(List.of(c.file(), String.valueOf(c.line()), c.key(), c.changes())))
                .toList());
    }

    /**
     * The ACLED audit: a row per event of an attack type, streamed from the database, then a line per reason that
     * left the other events out, with their number in the last column (1 on an event's own row).
     */
    static void writeAcledMatches(AcledMatches matches, Path file) {
        writeCsv(file, AcledMatches.COLUMNS, out -> {
            matches.eachRow(r -> out.accept(List.of(r.eventId(), r.date().toString(), r.location(),
                    String.valueOf(r.selected()), r.reason(), nn(r.route()), nn(r.corridor()),
                    AcledMatches.km(r.distanceKm()), nn(r.sharedWith()), nn(r.mergedWith()),
                    r.tankers() == null ? "" : r.tankers().toString(), "1")));
            matches.summary().forEach(s -> out.accept(List.of("", "", "", "false", s.reason(), "", "", "", "", "",
                    "", String.valueOf(s.events()))));
        });
    }

    private static void writeCsv(Path file, List<String> header, List<List<String>> rows) {
        writeCsv(file, header, out -> rows.forEach(out));
    }

    /** Writes the header, then every row {@code rows} hands to the consumer it is given. */
    private static void writeCsv(Path file, List<String> header, Consumer<Consumer<List<String>>> rows) {
        AtomicFiles.write(file, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            CsvWriter csv = CsvWriter.builder().build(out);
            csv.writeRecord(header);
            rows.accept(csv::writeRecord);
            csv.flush();
        });
    }

    private static boolean sameContent(Path a, Path b) {
        try {
            return Files.mismatch(a, b) == -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nn(String text) {
        return text == null ? "" : text;
    }
}
