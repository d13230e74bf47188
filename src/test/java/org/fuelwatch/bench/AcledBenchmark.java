package org.fuelwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The region-wide ACLED benchmark: the sample's own rows plus a {@link SyntheticAcled} export of N events inside the
 * briefing period, most of them not about fuel, the whole job in a child JVM. Prints each step's time, the peak RSS,
 * the audit file's size and the machine's load average around the run, and writes them to
 * {@code target/bench/acled.md}.
 *
 * <p>Settings (system properties): bench.acledSizes (100000,500000), bench.acledFuelShare (0.03), bench.xmx (512m),
 * bench.seed, bench.quietWait (seconds to wait for a quiet machine before each run, 300).
 */
@Tag("benchmark")
class AcledBenchmark {

    static final List<String> STEPS = List.of("ingestAcledEventsStep", "acledMatchStep", "figuresStep", "chartsStep",
            "briefingStep", "publishStep");

    final List<Long> sizes = IngestBenchmark.longs(System.getProperty("bench.acledSizes", "100000,500000"));
    final double fuelShare = Double.parseDouble(System.getProperty("bench.acledFuelShare", "0.03"));
    final String xmx = System.getProperty("bench.xmx", "512m");
    final long seed = Long.parseLong(System.getProperty("bench.seed", "20250903"));
    final IngestBenchmark common = new IngestBenchmark();

    /** One run: the job, the audit file's bytes, and the one-minute load average before and after it. */
    record Run(long events, double inputMb, JobRun job, long auditBytes, String loadBefore, String loadAfter) {
    }

    @Test
    void regionWideExport() throws Exception {
        Path jar = IngestBenchmark.jar();
        Files.createDirectories(IngestBenchmark.WORK);
        common.header(jar);
        List<Run> runs = new ArrayList<>();
        for (long n : sizes) {
            runs.add(measure(jar, n));
        }
        StringBuilder t = new StringBuilder("Sample's own rows plus a region-wide synthetic ACLED export ("
                + Math.round(fuelShare * 100) + "% about fuel or freight on the routes), whole job with -Xmx" + xmx
                + "; seconds from the job repository\n\n| ACLED events | input MB | whole job (process) | ");
        t.append(String.join(" | ", STEPS)).append(" | other steps | peak RSS MB | audit file kB "
                + "| others' CPU | load average before, after |\n|").append("---:|".repeat(STEPS.size() + 8))
                .append("\n");
        for (Run r : runs) {
            JobRun j = r.job();
            long listed = STEPS.stream().mapToLong(j::step).sum();
            long all = j.steps().values().stream().mapToLong(Long::longValue).sum();
            List<Object> cells = new ArrayList<>(List.of("%,d", r.events(), "%.0f", r.inputMb(), "%.1f",
                    j.process().wallMillis() / 1e3));
            STEPS.forEach(step -> cells.addAll(List.of("%.2f", j.step(step) / 1e3)));
            cells.addAll(List.of("%.2f", (all - listed) / 1e3, "%.0f", j.process().peakRssKb() / 1024.0, "%,.0f",
                    r.auditBytes() / 1024.0, "%.0f%%", j.process().otherCpu() * 100, "%s",
                    r.loadBefore() + ", " + r.loadAfter()));
            t.append(IngestBenchmark.row(cells.toArray()));
        }
        common.section("ACLED, region-wide", t.toString());
        Files.writeString(IngestBenchmark.WORK.resolve("acled.md"), common.report, StandardCharsets.UTF_8);
        assertThat(runs).isNotEmpty();
    }

    Run measure(Path jar, long n) throws Exception {
        Path input = IngestBenchmark.WORK.resolve("acled-input-" + n);
        Path sample = IngestBenchmark.PROJECT.resolve("input");
        SyntheticInput.deleteRecursively(input);
        for (String folder : List.of("reference", "incidents", "supply", "events", "claims")) {
            SyntheticInput.copyFolder(sample.resolve(folder), input.resolve(folder));
        }
        Path export = input.resolve("acled/acled-region.csv");
        SyntheticAcled.write(export, n, seed, sample.resolve("reference/waypoints.csv"), fuelShare);
        common.quiet();
        String before = load();
        Path work = IngestBenchmark.WORK.resolve("acled-job-" + n);
        JobRun job = JobRun.run(IngestBenchmark.JAVA, jar, List.of("-Xmx" + xmx), input,
                IngestBenchmark.PROJECT.resolve("templates"), work, List.of(), Map.of(), null);
        String after = load();
        long audit = Files.size(work.resolve("output/acled-matches-2026-01-31.csv"));
        IngestBenchmark.log("%,d ACLED events: job %.1f s, match step %.1f s, %.0f MB", n,
                job.process().wallMillis() / 1e3, job.step("acledMatchStep") / 1e3,
                job.process().peakRssKb() / 1024.0);
        return new Run(n, Files.size(export) / 1e6, job, audit, before, after);
    }

    private static String load() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }
}
