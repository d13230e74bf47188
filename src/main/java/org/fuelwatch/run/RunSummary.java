package org.fuelwatch.run;

import org.fuelwatch.system.RunContext;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.fuelwatch.acled.AcledMatches;
import org.fuelwatch.delivery.DeliveryReport;
import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.FiguresStore;
import org.fuelwatch.ingest.IngestFiles;
import org.fuelwatch.ingest.IngestFiles.FileCounts;
import org.springframework.batch.core.job.JobExecution;

/** The few lines printed at the end of a run: what happened to each input file, the key figures, where to look. */
final class RunSummary {

    private RunSummary() {
    }

    static String of(RunOutcome outcome, List<FileCounts> files, RunContext run) {
        StringBuilder text = new StringBuilder();
        JobExecution execution = outcome.execution();
        if (!files.isEmpty()) {
            text.append(String.format("%n%-44s %9s %9s %9s %9s %9s%n", "input file", "read", "new", "updated",
                    "unchanged", "rejected"));
            for (FileCounts f : files) {
                text.append(String.format("%-44s %,9d %,9d %,9d %,9d %,9d%s%n", f.file(), f.read(), f.added(),
                        f.updated(), f.duplicates(), f.rejected(), f.problem() == null ? "" : "  NOT USED: " + f.problem()));
            }
            long rejected = files.stream().mapToLong(FileCounts::rejected).sum();
            long read = files.stream().mapToLong(FileCounts::read).sum();
            text.append(String.format("%-44s %,9d %9s %9s %9s %,9d%n", "total", read, "", "", "", rejected));
        }
        if (run != null && run.asOf() != null) {
            text.append("as of ").append(run.asOf());
            if (Files.exists(run.figuresFile())) {
                Figures f = FiguresStore.read(run.figuresFile());
                text.append(String.format(": supply cut %.0f%% at the worst, now %.0f%% of baseline; %s carried %.0f%% of the fuel from %s",
                        f.supplyCut().cutPct(), f.supplyCut().currentPctOfBaseline(), f.routeShare().routeName(),
                        f.routeShare().sharePct(), f.routeShare().corridorName()));
            }
            text.append(System.lineSeparator());
            if (Files.exists(run.rejectsFile())) {
                text.append("rejected rows: ").append(run.rejectsFile().toAbsolutePath()).append(System.lineSeparator());
            }
        }
        if (execution != null) {
            DeliveryReport.of(execution).ifPresent(report -> text.append("delivery:").append(System.lineSeparator())
                    .append(report.indent(2)));
        }
        if (execution != null && execution.getStartTime() != null && execution.getEndTime() != null) {
            Duration took = Duration.between(execution.getStartTime(), execution.getEndTime());
            text.append(String.format("job took %.1f s%n", took.toMillis() / 1000.0));
        }
        text.append(outcome.message());
        return text.toString();
    }

    /** Per ACLED export of this run: rows read, selected, matched, merged, unmatched, rejected; empty when none. */
    static String acled(List<FileCounts> files, List<AcledMatches.FileCounts> matches) {
        List<FileCounts> exports = files.stream().filter(f -> f.kind().equals("AcledEvents")).toList();
        if (exports.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(String.format("%n%-36s %9s %9s %9s %9s %9s %9s%n", "ACLED export",
                "read", "selected", "matched", "merged", "unmatched", "rejected"));
        for (FileCounts f : exports) {
            AcledMatches.FileCounts m = matches.stream().filter(c -> c.file().equals(f.file())).findFirst()
                    .orElse(new AcledMatches.FileCounts(f.file(), 0, 0, 0, 0, 0, 0));
            text.append(String.format("%-36s %,9d %,9d %,9d %,9d %,9d %,9d%n", f.file(), f.read(), m.selected(),
                    m.matched(), m.merged(), m.unmatched(), f.rejected()));
        }
        return text.toString();
    }

    static List<FileCounts> files(IngestFiles ingestFiles, RunOutcome outcome) {
        return outcome.execution() == null ? List.of()
                : ingestFiles.forRun(outcome.execution().getJobInstance().getInstanceId());
    }
}
