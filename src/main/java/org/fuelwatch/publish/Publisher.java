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
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.FiguresStore;
import org.fuelwatch.ingest.IngestFiles;
import org.fuelwatch.ingest.IngestFiles.FileCounts;
import org.fuelwatch.ingest.RejectedRows;
import org.fuelwatch.system.AtomicFiles;
import org.fuelwatch.system.FuelWatchProperties;
import org.fuelwatch.system.InputFingerprint;
import org.fuelwatch.system.JobParameterNames;
import org.fuelwatch.system.OutputNames;
import org.fuelwatch.system.RunContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Publishes a finished run: the rejects and changes files, the briefing (the one it replaces kept as a revision), the
 * manifest, {@code latest.pdf}, and the retention of old briefings. Every step can be repeated, so a run killed here
 * finishes the job when it is restarted.
 */
@Component
public class Publisher {

    private static final Logger log = LoggerFactory.getLogger(Publisher.class);

    private final RejectedRows rejectedRows;
    private final IngestFiles ingestFiles;
    private final FuelWatchProperties properties;

    Publisher(RejectedRows rejectedRows, IngestFiles ingestFiles, FuelWatchProperties properties) {
        this.rejectedRows = rejectedRows;
        this.ingestFiles = ingestFiles;
        this.properties = properties;
    }

    public Manifest publish(RunContext run, JobExecution execution) {
        OutputFolder folder = new OutputFolder(run.output());
        OutputNames out = folder.names();
        LocalDate asOf = run.asOf();
        long instance = execution.getJobInstance().getInstanceId();
        writeRejects(rejectedRows.rejected(instance), out.rejects(asOf));
        writeChanges(rejectedRows.changed(instance), out.changes(asOf));

        Path published = out.briefing(asOf);
        if (Files.exists(run.draftBriefing())) {
            if (Files.exists(published) && !sameContent(published, run.draftBriefing()) && newInput(folder, execution)) {
                log.info("new input for {}: the briefing it replaces is kept as {}", asOf, folder.archive(asOf));
            }
            AtomicFiles.move(run.draftBriefing(), published);
        } else if (!Files.exists(published)) {
            // only a restart after the move can find the draft gone, and then the briefing is in place
            throw new IllegalStateException("neither the finished briefing " + run.draftBriefing() + " nor "
                    + published + " exists; the briefing step must run again");
        }

        Manifest manifest = manifest(run, execution, out);
        ManifestJson.write(manifest, out.manifest(asOf));
        folder.updateLatest();
        List<LocalDate> removed = folder.prune(properties.publish().keepBriefings(), asOf);
        if (!removed.isEmpty()) {
            log.info("removed the briefings of {} (keeping the {} newest)", removed,
                    properties.publish().keepBriefings());
        }
        log.info("briefing published: {}", published.toAbsolutePath());
        return manifest;
    }

    private Manifest manifest(RunContext run, JobExecution execution, OutputNames out) {
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
        List<Manifest.OutputFile> outputs = new ArrayList<>();
        for (Path file : List.of(out.briefing(asOf), out.rejects(asOf), out.changes(asOf))) {
            outputs.add(new Manifest.OutputFile(file.getFileName().toString(), InputFingerprint.sha256(file),
                    size(file)));
        }
        ZoneId zone = ZoneId.systemDefault();
        Figures figures = FiguresStore.read(run.figuresFile());
        return new Manifest(asOf, execution.getJobInstance().getInstanceId(), execution.getId(),
                fingerprint(execution),
                execution.getStartTime() == null ? null : execution.getStartTime().atZone(zone).toOffsetDateTime(),
                OffsetDateTime.now(zone), figures.dataAge(), inputs,
                counts.stream().mapToLong(FileCounts::rejected).sum(), keyFigures(figures), outputs);
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
                .map(r -> List.of(r.file(), String.valueOf(r.line()), nn(r.column()), nn(r.value()), r.reason(),
                        nn(r.raw())))
                .toList());
    }

    static void writeChanges(List<RejectedRows.Changed> changed, Path file) {
        writeCsv(file, List.of("file", "line", "key", "changes"), changed.stream()
                .map(c -> List.of(c.file(), String.valueOf(c.line()), c.key(), c.changes())).toList());
    }

    private static void writeCsv(Path file, List<String> header, List<List<String>> rows) {
        AtomicFiles.write(file, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            CsvWriter csv = CsvWriter.builder().build(out);
            csv.writeRecord(header);
            rows.forEach(csv::writeRecord);
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
