package org.fuelwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fuelwatch.bench.SyntheticInput.Shape;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The dense benchmark: every incident row inside the briefing window ({@link Shape#DENSE}), the job beside the
 * analyst's script {@code tools/bench/peer.py} (pandas, matplotlib, reportlab) on the same folder, in the same run.
 * Prints the job's stages, the figures file and PDF bytes, peak RSS, the peer's time and RSS, the ratios and a
 * verdict per target of issue 10, and writes them to {@code target/bench/dense.md}.
 *
 * <p>Settings (system properties): bench.denseSizes (100000,1000000), bench.xmx (512m), bench.seed, bench.quietWait
 * (seconds to wait for a quiet machine before each measurement, 300), bench.denseRepeats (runs of each, median; 1).
 */
@Tag("benchmark")
class DenseBenchmark {

    final List<Long> sizes = IngestBenchmark.longs(System.getProperty("bench.denseSizes", "100000,1000000"));
    final String xmx = System.getProperty("bench.xmx", "512m");
    final long seed = Long.parseLong(System.getProperty("bench.seed", "20250903"));
    final int repeats = Integer.parseInt(System.getProperty("bench.denseRepeats", "1"));
    final IngestBenchmark common = new IngestBenchmark();

    /** What one size measured: the job, the plain loader's milliseconds for the incident file, the peer. */
    record Dense(long rows, JobRun job, long figuresBytes, long pdfBytes, long plainMillis,
            ChildProcess.Result peer) {

        double jobSeconds() {
            return job.process().wallMillis() / 1e3;
        }

        double peerSeconds() {
            return peer.wallMillis() / 1e3;
        }
    }

    @Test
    void denseIncidents() throws Exception {
        Path jar = IngestBenchmark.jar();
        Files.createDirectories(IngestBenchmark.WORK);
        common.writeArgFile();
        common.header(jar);
        List<Dense> results = new ArrayList<>();
        for (long n : sizes) {
            results.add(measure(jar, n));
        }
        print(results);
        Files.writeString(IngestBenchmark.WORK.resolve("dense.md"), common.report, StandardCharsets.UTF_8);
        System.out.println("\nreport written to " + IngestBenchmark.WORK.resolve("dense.md"));
        assertThat(results).isNotEmpty();
    }

    Dense measure(Path jar, long n) throws Exception {
        Path input = IngestBenchmark.WORK.resolve("dense-input-" + n);
        SyntheticInput.write(IngestBenchmark.PROJECT.resolve("input"), input, n, seed, Shape.DENSE);
        List<Dense> runs = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            common.quiet();
            Path work = IngestBenchmark.WORK.resolve("dense-job-" + n + "-" + r);
            JobRun job = JobRun.run(IngestBenchmark.JAVA, jar, List.of("-Xmx" + xmx), input,
                    IngestBenchmark.PROJECT.resolve("templates"), work, List.of(), Map.of(), null);
            Path output = work.resolve("output");
            long figures = Files.size(output.resolve(".work/2026-01-31/figures.json"));
            long pdf = Files.size(output.resolve("briefing-2026-01-31.pdf"));
            SyntheticInput.deleteRecursively(work.resolve("data"));

            Path db = IngestBenchmark.WORK.resolve("dense-plain-" + n);
            SyntheticInput.deleteRecursively(db);
            long plain = common.probe(List.of("h2-insert", input.toString(), db.toString(), "500"), Map.of(),
                    IngestBenchmark.WORK.resolve("dense-probe-" + n + ".log"));
            SyntheticInput.deleteRecursively(db);

            common.quiet();
            Path peerOut = IngestBenchmark.WORK.resolve("dense-peer-" + n + "-" + r);
            SyntheticInput.deleteRecursively(peerOut);
            ChildProcess.Result peer = ChildProcess.run(List.of("python3",
                    IngestBenchmark.PROJECT.resolve("tools/bench/peer.py").toString(), input.toString(),
                    peerOut.toString()), IngestBenchmark.PROJECT, Map.of(), peerOut.resolve("peer.log"), 3600);
            Matcher m = Pattern.compile("PEER seconds=\\S+ pdf_bytes=(\\d+)").matcher(peer.output());
            if (peer.exitCode() != 0 || !m.find()) {
                throw new IllegalStateException("the peer script failed; see " + peer.log());
            }
            IngestBenchmark.log("%,d dense rows: job %.1f s, %.0f MB; peer %.1f s, %.0f MB", n,
                    job.process().wallMillis() / 1e3, job.process().peakRssKb() / 1024.0, peer.wallMillis() / 1e3,
                    peer.peakRssKb() / 1024.0);
            runs.add(new Dense(n, job, figures, pdf, plain, peer));
        }
        runs.sort(java.util.Comparator.comparingLong(d -> d.job().process().wallMillis()));
        return runs.get(runs.size() / 2);
    }

    void print(List<Dense> results) {
        StringBuilder t = new StringBuilder();
        t.append("Dense input (every incident row inside 1 Jul 2025 – 31 Jan 2026, the sample's places), whole job with "
                + "-Xmx").append(xmx).append(" beside tools/bench/peer.py on the same folder; seconds\n\n");
        t.append("| incident rows | whole job | ingest (all steps) | incidents step | job ÷ plain loader (rows/s) "
                + "| figures | charts | briefing | publish | after ingest ÷ ingest | figures.json bytes | PDF bytes "
                + "| peak RSS MB | peer s | peer peak RSS MB | job ÷ peer time | job ÷ peer RSS | others' CPU |\n");
        t.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Dense d : results) {
            JobRun j = d.job();
            double plainRate = d.rows() * 1000.0 / d.plainMillis();
            t.append(IngestBenchmark.row("%,d", d.rows(), "%.1f", d.jobSeconds(), "%.1f", j.ingestMs() / 1e3,
                    "%.1f", j.step("ingestIncidentsStep") / 1e3, "%.2f", j.rate("ingestIncidentsStep") / plainRate,
                    "%.2f", j.step("figuresStep") / 1e3, "%.2f", j.step("chartsStep") / 1e3, "%.2f",
                    j.step("briefingStep") / 1e3, "%.2f", j.step("publishStep") / 1e3, "%.2f",
                    j.laterMs() / (double) j.ingestMs(), "%,d", d.figuresBytes(), "%,d", d.pdfBytes(), "%.0f",
                    j.process().peakRssKb() / 1024.0, "%.1f", d.peerSeconds(), "%.0f", d.peer().peakRssKb() / 1024.0,
                    "%.2f", d.jobSeconds() / d.peerSeconds(), "%.2f",
                    j.process().peakRssKb() / (double) d.peer().peakRssKb(), "%.0f%%",
                    j.process().otherCpu() * 100));
        }
        common.section("Dense", t.toString());

        StringBuilder v = new StringBuilder("| target | measured | verdict |\n|---|---:|---|\n");
        for (Dense d : results) {
            JobRun j = d.job();
            String at = String.format(Locale.ROOT, " (at %,d)", d.rows());
            if (d.rows() >= 1_000_000) {
                v.append(target("whole job ≤ 1.0× the peer's wall time" + at, d.jobSeconds() / d.peerSeconds(),
                        "%.2f×", 1.0));
                v.append(target("peak RSS ≤ 1.0× the peer's" + at,
                        j.process().peakRssKb() / (double) d.peer().peakRssKb(), "%.2f×", 1.0));
                v.append(target("figures step ≤ 2 s" + at, j.step("figuresStep") / 1e3, "%.2f s", 2.0));
                v.append(target("stages after ingest ≤ 0.3× ingest" + at, j.laterMs() / (double) j.ingestMs(),
                        "%.2f×", 0.3));
                v.append(target("PDF ≤ 1.5 MB" + at, d.pdfBytes() / 1e6, "%.2f MB", 1.5));
                v.append(target("figures file ≤ 2 MB" + at, d.figuresBytes() / 1e6, "%.2f MB", 2.0));
            } else {
                v.append(target("whole job ≤ 12 s" + at, d.jobSeconds(), "%.1f s", 12.0));
            }
        }
        common.section("Dense targets", v.toString());
    }

    private static String target(String name, double value, String format, double limit) {
        return "| " + name + " | " + String.format(Locale.ROOT, format, value) + " | "
                + (value <= limit ? "met" : String.format(Locale.ROOT, "missed (%.1f× off)", value / limit)) + " |\n";
    }
}
