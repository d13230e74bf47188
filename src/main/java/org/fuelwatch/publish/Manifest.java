package org.fuelwatch.publish;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.fuelwatch.figures.DataAge;

/**
 * What one run published, written as JSON beside the briefing ({@code briefing-<as-of>.json}): enough to check that
 * the files on disk are the ones the run wrote and to trace every figure back to the input files it came from.
 *
 * @param asOf        the date the briefing covers
 * @param jobInstance Spring Batch job instance of the run (the same input always gets the same instance)
 * @param jobExecution Spring Batch job execution that published
 * @param fingerprint SHA-256 over the input, templates and figure settings; equal fingerprints give equal briefings
 * @param started     when the run started
 * @param finished    when the briefing was published
 * @param dataAge     how old the newest data was on the run date, and whether the briefing called it stale
 * @param inputs      every input file with its checksum and what happened to its rows
 * @param rejectedRows rows rejected in this run, in all files
 * @param keyFigures  the headline figures of the briefing
 * @param outputs     the files this run published, with checksums
 * @param acled       per ACLED export: rows read, selected, matched, merged, unmatched, rejected
 */
public record Manifest(
        LocalDate asOf,
        long jobInstance,
        long jobExecution,
        String fingerprint,
        OffsetDateTime started,
        OffsetDateTime finished,
        DataAge dataAge,
        List<InputFile> inputs,
        long rejectedRows,
        KeyFigures keyFigures,
        List<OutputFile> outputs,
        List<AcledFile> acled) {

    /**
     * What became of one ACLED export's events: rows read and rejected by the ingest, and of the events whose newest
     * version it holds, how many were selected, matched to a route, merged with an own incident, or selected but on
     * no route.
     */
    public record AcledFile(String file, long rowsRead, long selected, long matched, long merged, long unmatched,
            long rejected) {
    }

    /** One input CSV: its path under the input folder, checksum and row counts. */
    public record InputFile(String file, String kind, String sha256, long bytes, long rowsRead, long rowsNew,
            long rowsUpdated, long rowsUnchanged, long rowsRejected, String problem) {
    }

    /** The headline figures, as the briefing's first page shows them. */
    public record KeyFigures(double supplyCutPct, LocalDate worstWindowFrom, LocalDate worstWindowTo,
            double currentPctOfBaseline, double routeSharePct, String route, long incidentsSinceBlockade,
            long tankersDestroyedSinceBlockade, long incidentsLast7Days, long incidentsLast30Days) {
    }

    /** One published file: its name in the output folder, checksum and size. */
    public record OutputFile(String file, String sha256, long bytes) {
    }
}
