package org.fuelwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The "Scale and speed" benchmark: {@code ./mvnw -Pbench verify}. Not part of the normal build (tag "benchmark").
 *
 * <p>For each size it generates a synthetic input ({@link SyntheticInput}), runs the packaged jar on it as a child
 * process with the heap capped ({@code -Xmx512m}), and reads the steps' start and end times from the job repository,
 * the heap from the GC log and the peak RSS from /proc. Then it times, each in a fresh JVM with the same cap, the
 * pieces of ingest apart ({@link BenchProbe}): FastCSV alone, the job's reader, reader plus validation, and a plain
 * loader (FastCSV + JDBC batch INSERT, and the same with MERGE) into the same kind of H2 file database. With
 * FUELWATCH_TEST_PG_URL set it does the same on PostgreSQL, with COPY as well. Last, the start-up of the sample run
 * with the options that may cut it. Everything is printed as Markdown tables and written to target/bench/report.md.
 *
 * <p>Settings (system properties): bench.sizes (10000,100000,1000000), bench.xmx (512m), bench.seed, bench.sweep
 * (chunk sizes to try at bench.sweepSize, default 100,2000,10000 at 100000; empty for none), bench.pgSizes
 * (100000,1000000), bench.startupRuns (5), bench.quietWait (seconds to wait for a quiet machine before each
 * measurement, 300), bench.repeats (runs of each job and probe, of which the median counts; 3).
 */
@Tag("benchmark")
class IngestBenchmark {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path WORK = PROJECT.resolve("target/bench");
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    final List<Long> sizes = longs(System.getProperty("bench.sizes", "10000,100000,1000000"));
    final String xmx = System.getProperty("bench.xmx", "512m");
    final long seed = Long.parseLong(System.getProperty("bench.seed", "20250903"));
    final List<Long> sweep = longs(System.getProperty("bench.sweep", "100,2000,10000"));
    final long sweepSize = Long.parseLong(System.getProperty("bench.sweepSize", "100000"));
    final List<Long> pgSizes = longs(System.getProperty("bench.pgSizes", "100000,1000000"));
    final int startupRuns = Integer.parseInt(System.getProperty("bench.startupRuns", "5"));
    final long quietWait = Long.parseLong(System.getProperty("bench.quietWait", "300"));
    final int repeats = Integer.parseInt(System.getProperty("bench.repeats", "3"));
    final String pgUrl = System.getenv("FUELWATCH_TEST_PG_URL");

    final StringBuilder report = new StringBuilder();

    /** What one size measured. */
    record Size(long rows, double inputMb, JobRun job, Map<String, Long> probes) {
        double probeRate(String probe) {
            Long ms = probes.get(probe);
            return ms == null || ms == 0 ? 0 : rows * 1000.0 / ms;
        }
    }

    @Test
    void scaleAndSpeed() throws Exception {
        Path jar = jar();
        Files.createDirectories(WORK);
        writeArgFile();
        header(jar);

        List<Size> results = new ArrayList<>();
        for (long n : sizes) {
            results.add(measure(jar, n));
        }
        printSizes(results);
        if (!sweep.isEmpty()) {
            chunkSweep(jar);
        }
        if (pgUrl != null && !pgUrl.isBlank()) {
            postgres(jar);
        } else {
            section("PostgreSQL", "not measured: set FUELWATCH_TEST_PG_URL (tools/bench/run does).");
        }
        Map<String, double[]> startup = startup(jar);
        targets(results, startup);

        Files.writeString(WORK.resolve("report.md"), report, StandardCharsets.UTF_8);
        System.out.println("\nreport written to " + WORK.resolve("report.md"));
        assertThat(results).isNotEmpty();
    }

    Size measure(Path jar, long n) throws Exception {
        Path input = WORK.resolve("input-" + n);
        long t = System.nanoTime();
        SyntheticInput.write(PROJECT.resolve("input"), input, n, seed);
        log("generated %,d rows in %.1f s", n, (System.nanoTime() - t) / 1e9);
        double mb = (Files.size(input.resolve("incidents/incidents.csv")) + Files.size(input.resolve("supply/supply.csv")))
                / 1e6;

        List<JobRun> runs = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            quiet();
            Path work = WORK.resolve("job-" + n + "-" + r);
            SyntheticInput.deleteRecursively(work);
            JobRun run = JobRun.run(JAVA, jar, List.of("-Xmx" + xmx), input, PROJECT.resolve("templates"), work,
                    List.of(), Map.of(), null);
            log("%,d rows: job %.1f s, incidents step %.1f s", n, run.process().wallMillis() / 1e3,
                    run.step("ingestIncidentsStep") / 1e3);
            runs.add(run);
            SyntheticInput.deleteRecursively(work.resolve("data"));
        }
        runs.sort(java.util.Comparator.comparingLong(j -> j.process().wallMillis()));
        JobRun job = runs.get(runs.size() / 2);

        Map<String, Long> probes = new LinkedHashMap<>();
        for (String probe : List.of("raw", "reader", "validate", "h2-insert", "h2-merge")) {
            long[] millis = new long[repeats];
            for (int r = 0; r < repeats; r++) {
                Path db = WORK.resolve("plain-" + n);
                SyntheticInput.deleteRecursively(db);
                List<String> args = probe.startsWith("h2") ? List.of(probe, input.toString(), db.toString(), "500")
                        : List.of(probe, input.toString());
                millis[r] = probe(args, Map.of(), WORK.resolve("probe-" + probe + "-" + n + ".log"));
                SyntheticInput.deleteRecursively(db);
            }
            Arrays.sort(millis);
            probes.put(probe, millis[repeats / 2]);
        }
        log("%,d rows: probes %s", n, probes);
        return new Size(n, mb, job, probes);
    }

    /** Runs one {@link BenchProbe} in a fresh JVM and returns its milliseconds. */
    long probe(List<String> args, Map<String, String> environment, Path log) throws Exception {
        quiet();
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx" + xmx, "@" + WORK.resolve("classpath.args"),
                BenchProbe.class.getName()));
        command.addAll(args);
        ChildProcess.Result result = ChildProcess.run(command, PROJECT, environment, log, 3600);
        Matcher m = Pattern.compile("PROBE rows=(\\d+) millis=(\\d+)").matcher(result.output());
        if (result.exitCode() != 0 || !m.find()) {
            throw new IllegalStateException("probe " + args + " failed; see " + log);
        }
        return Long.parseLong(m.group(2));
    }

    void printSizes(List<Size> results) {
        StringBuilder t = new StringBuilder();
        t.append("Whole job with -Xmx").append(xmx).append(", wall seconds; stages from the job repository; the median of ")
                .append(repeats).append(" runs\n\n");
        t.append("| incident rows | input MB | whole job | start-up to job start | ingest (all 8 steps) | incidents step "
                + "| supply step | figures | charts | briefing | publish | after ingest ÷ ingest | others' CPU |\n");
        t.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Size s : results) {
            JobRun j = s.job();
            t.append(row("%,d", s.rows(), "%.0f", s.inputMb(), "%.1f", j.process().wallMillis() / 1e3, "%.1f",
                    j.jobStartMs() / 1e3, "%.1f", j.ingestMs() / 1e3, "%.1f", j.step("ingestIncidentsStep") / 1e3,
                    "%.1f", j.step("ingestSupplyStep") / 1e3, "%.1f", j.step("figuresStep") / 1e3, "%.1f",
                    j.step("chartsStep") / 1e3, "%.1f", j.step("briefingStep") / 1e3, "%.2f",
                    j.step("publishStep") / 1e3, "%.2f", j.laterMs() / (double) j.ingestMs(), "%.0f%%",
                    j.process().otherCpu() * 100));
        }
        t.append("\nIngest speed, rows per second (probes: each in a fresh JVM with -Xmx").append(xmx)
                .append(", incidents file only, the median of ").append(repeats).append(" runs)\n\n");
        t.append("| incident rows | job: incidents step | job: supply step | plain loader INSERT | plain loader MERGE "
                + "| job ÷ plain INSERT | FastCSV alone | job's reader | reader ÷ FastCSV | reader + validation |\n");
        t.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Size s : results) {
            JobRun j = s.job();
            t.append(row("%,d", s.rows(), "%,.0f", j.rate("ingestIncidentsStep"), "%,.0f", j.rate("ingestSupplyStep"),
                    "%,.0f", s.probeRate("h2-insert"), "%,.0f", s.probeRate("h2-merge"), "%.2f",
                    j.rate("ingestIncidentsStep") / s.probeRate("h2-insert"), "%,.0f", s.probeRate("raw"), "%,.0f",
                    s.probeRate("reader"), "%.2f", s.probeRate("reader") / s.probeRate("raw"), "%,.0f",
                    s.probeRate("validate")));
        }
        t.append("\nMemory of the whole job with -Xmx").append(xmx).append("\n\n");
        t.append("| incident rows | peak RSS MB (VmHWM) | peak heap used MB | largest live heap after GC MB "
                + "| job CPU s | job wall s |\n");
        t.append("|---:|---:|---:|---:|---:|---:|\n");
        for (Size s : results) {
            JobRun j = s.job();
            t.append(row("%,d", s.rows(), "%.0f", j.process().peakRssKb() / 1024.0, "%d", j.heapPeakMb(), "%d",
                    j.heapLiveMb(), "%.1f", j.process().cpuMillis() / 1e3, "%.1f", j.process().wallMillis() / 1e3));
        }
        section("Scale", t.toString());
    }

    void chunkSweep(Path jar) throws Exception {
        Path input = WORK.resolve("input-" + sweepSize);
        if (!Files.exists(input)) {
            SyntheticInput.write(PROJECT.resolve("input"), input, sweepSize, seed);
        }
        StringBuilder t = new StringBuilder("Job at " + String.format(Locale.ROOT, "%,d", sweepSize)
                + " incident rows with -Xmx" + xmx + ", by fuelwatch.ingest.chunk-size\n\n");
        t.append("| chunk size | incidents step s | incidents rows/s | supply step s | supply rows/s | whole job s |\n");
        t.append("|---:|---:|---:|---:|---:|---:|\n");
        for (long chunk : sweep) {
            quiet();
            JobRun j = JobRun.run(JAVA, jar, List.of("-Xmx" + xmx), input, PROJECT.resolve("templates"),
                    WORK.resolve("sweep-" + chunk), List.of("--fuelwatch.ingest.chunk-size=" + chunk), Map.of(), null);
            t.append(row("%d", chunk, "%.1f", j.step("ingestIncidentsStep") / 1e3, "%,.0f",
                    j.rate("ingestIncidentsStep"), "%.1f", j.step("ingestSupplyStep") / 1e3, "%,.0f",
                    j.rate("ingestSupplyStep"), "%.1f", j.process().wallMillis() / 1e3));
            SyntheticInput.deleteRecursively(WORK.resolve("sweep-" + chunk));
        }
        section("Chunk size", t.toString());
    }

    void postgres(Path jar) throws Exception {
        StringBuilder t = new StringBuilder("The job with --spring.profiles.active=postgres (throwaway local server, "
                + "fsync off), storing new rows with COPY (the default) and with batched INSERTs "
                + "(--fuelwatch.ingest.postgres-copy=false), and plain loaders into PostgreSQL; rows per second of the "
                + "incidents file\n\n");
        t.append("| incident rows | whole job s (COPY) | incidents step s (COPY) | job rows/s (COPY) "
                + "| job rows/s (INSERT) | plain INSERT batch rows/s | plain upsert (ON CONFLICT) rows/s "
                + "| plain COPY rows/s | job (COPY) ÷ plain COPY |\n");
        t.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Map<String, String> env = Map.of("FUELWATCH_TEST_PG_USER",
                System.getenv().getOrDefault("FUELWATCH_TEST_PG_USER", "fuelwatch"), "FUELWATCH_TEST_PG_PASSWORD",
                System.getenv().getOrDefault("FUELWATCH_TEST_PG_PASSWORD", "fuelwatch"));
        String batchUrl = pgUrl + (pgUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        for (long n : pgSizes) {
            Path input = WORK.resolve("input-" + n);
            if (!Files.exists(input)) {
                SyntheticInput.write(PROJECT.resolve("input"), input, n, seed);
            }
            JobRun copy = pgJob(jar, input, n, "copy", batchUrl, env, List.of());
            JobRun insert = pgJob(jar, input, n, "insert", batchUrl, env,
                    List.of("--fuelwatch.ingest.postgres-copy=false"));
            Map<String, Long> probes = new LinkedHashMap<>();
            for (String probe : List.of("pg-insert", "pg-upsert", "pg-copy")) {
                String probeSchema = "bench_" + probe.replace('-', '_') + "_" + n;
                String probeUrl = BenchProbe.freshSchema(batchUrl, probeSchema);
                List<String> args = probe.equals("pg-copy") ? List.of(probe, input.toString(), probeUrl)
                        : List.of(probe, input.toString(), probeUrl, "500");
                probes.put(probe, probe(args, env, WORK.resolve("probe-" + probe + "-" + n + ".log")));
                BenchProbe.dropSchema(batchUrl, probeSchema);
            }
            double plainCopy = n * 1000.0 / probes.get("pg-copy");
            t.append(row("%,d", n, "%.1f", copy.process().wallMillis() / 1e3, "%.1f",
                    copy.step("ingestIncidentsStep") / 1e3, "%,.0f", copy.rate("ingestIncidentsStep"), "%,.0f",
                    insert.rate("ingestIncidentsStep"), "%,.0f", n * 1000.0 / probes.get("pg-insert"), "%,.0f",
                    n * 1000.0 / probes.get("pg-upsert"), "%,.0f", plainCopy, "%.2f",
                    copy.rate("ingestIncidentsStep") / plainCopy));
            log("PostgreSQL %,d rows: job %.1f s with COPY, %.1f s with INSERT, probes %s", n,
                    copy.process().wallMillis() / 1e3, insert.process().wallMillis() / 1e3, probes);
        }
        section("PostgreSQL", t.toString());
    }

    private JobRun pgJob(Path jar, Path input, long n, String name, String batchUrl, Map<String, String> env,
            List<String> options) throws Exception {
        String schema = "bench_job_" + name + "_" + n;
        String url = BenchProbe.freshSchema(batchUrl, schema);
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres"));
        arguments.addAll(options);
        quiet();
        JobRun job = JobRun.run(JAVA, jar, List.of("-Xmx" + xmx), input, PROJECT.resolve("templates"),
                WORK.resolve("pg-job-" + name + "-" + n), arguments,
                Map.of("FUELWATCH_DB_URL", url, "FUELWATCH_DB_USER", env.get("FUELWATCH_TEST_PG_USER"),
                        "FUELWATCH_DB_PASSWORD", env.get("FUELWATCH_TEST_PG_PASSWORD")), url);
        BenchProbe.dropSchema(batchUrl, schema);
        return job;
    }

    /** Start-up: the sample run, process start to exit, with the options that may shorten it. */
    Map<String, double[]> startup(Path jar) throws Exception {
        Path dir = WORK.resolve("startup");
        SyntheticInput.deleteRecursively(dir);
        Files.createDirectories(dir);
        ChildProcess.Result extract = ChildProcess.run(List.of(JAVA, "-Djarmode=tools", "-jar", jar.toString(),
                "extract", "--destination", dir.resolve("extracted").toString()), PROJECT, Map.of(),
                dir.resolve("extract.log"), 300);
        Path extracted = dir.resolve("extracted").resolve(jar.getFileName());
        if (extract.exitCode() != 0 || !Files.exists(extracted)) {
            throw new IllegalStateException("cannot extract the jar; see " + extract.log());
        }
        Path jsa = dir.resolve("app.jsa");
        Path aotRefresh = dir.resolve("app-refresh.aot");
        Path aotFull = dir.resolve("app-full.aot");
        train(extracted, dir, "cds", List.of("-XX:ArchiveClassesAtExit=" + jsa, "-Dspring.context.exit=onRefresh"));
        boolean aot = Runtime.version().feature() >= 25;
        if (aot) {
            train(extracted, dir, "aot-refresh", List.of("-XX:AOTCacheOutput=" + aotRefresh,
                    "-Dspring.context.exit=onRefresh"));
            train(extracted, dir, "aot-full", List.of("-XX:AOTCacheOutput=" + aotFull));
        }

        record Variant(String name, Path jar, List<String> options) {
        }
        List<Variant> variants = new ArrayList<>(List.of(
                new Variant("java -jar (as shipped)", jar, List.of()),
                new Variant("+ spring.main.lazy-initialization=true", jar,
                        List.of("-Dspring.main.lazy-initialization=true")),
                new Variant("+ -XX:TieredStopAtLevel=1", jar, List.of("-XX:TieredStopAtLevel=1")),
                new Variant("extracted jar", extracted, List.of()),
                new Variant("extracted + CDS archive (trained to onRefresh)", extracted,
                        List.of("-XX:SharedArchiveFile=" + jsa))));
        if (aot) {
            variants.add(new Variant("extracted + AOT cache (JDK 25, trained to onRefresh)", extracted,
                    List.of("-XX:AOTCache=" + aotRefresh)));
            variants.add(new Variant("extracted + AOT cache (JDK 25, trained on a whole sample run)", extracted,
                    List.of("-XX:AOTCache=" + aotFull)));
            variants.add(new Variant("extracted + AOT cache (whole run) + lazy initialization", extracted,
                    List.of("-XX:AOTCache=" + aotFull, "-Dspring.main.lazy-initialization=true")));
        }

        Map<String, double[]> results = new LinkedHashMap<>();
        StringBuilder t = new StringBuilder("The sample run (input/, " + "one briefing), -Xmx" + xmx + ", median of "
                + startupRuns + " runs after one warm-up run; seconds from process start\n\n");
        t.append("| variant | to exit (median) | to exit (min) | Spring context ready | job CPU s |\n");
        t.append("|---|---:|---:|---:|---:|\n");
        Pattern ready = Pattern.compile("process running for ([0-9.]+)");
        for (Variant v : variants) {
            double[] wall = new double[startupRuns];
            double[] context = new double[startupRuns];
            double[] cpu = new double[startupRuns];
            for (int i = -1; i < startupRuns; i++) {
                quiet();
                Path run = dir.resolve("run");
                SyntheticInput.deleteRecursively(run);
                List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx" + xmx));
                command.addAll(v.options());
                command.addAll(List.of("-jar", v.jar().toString(), "--input=" + PROJECT.resolve("input"),
                        "--output=" + run.resolve("output"), "--fuelwatch.data-dir=" + run.resolve("data"),
                        "--fuelwatch.templates=" + PROJECT.resolve("templates")));
                ChildProcess.Result r = ChildProcess.run(command, PROJECT, Map.of(), dir.resolve("startup.log"), 300);
                if (r.exitCode() != 0) {
                    throw new IllegalStateException(v.name() + " exited with " + r.exitCode() + "; see " + r.log());
                }
                if (i >= 0) {
                    wall[i] = r.wallMillis() / 1e3;
                    Matcher m = ready.matcher(r.output());
                    context[i] = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
                    cpu[i] = r.cpuMillis() / 1e3;
                }
            }
            double[] sorted = wall.clone();
            Arrays.sort(sorted);
            results.put(v.name(), new double[] {median(wall), sorted[0]});
            t.append("| ").append(v.name()).append(' ').append(row("%.2f", median(wall), "%.2f", sorted[0], "%.2f",
                    median(context), "%.1f", median(cpu)));
            log("start-up %s: %.2f s", v.name(), median(wall));
        }
        if (!aot) {
            t.append("\nThe AOT cache variants need JDK 25; this run used ").append(Runtime.version()).append(".\n");
        }
        section("Start-up", t.toString());
        return results;
    }

    private void train(Path extracted, Path dir, String name, List<String> options) throws Exception {
        Path run = dir.resolve("train-" + name);
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx" + xmx));
        command.addAll(options);
        command.addAll(List.of("-jar", extracted.toString(), "--input=" + PROJECT.resolve("input"),
                "--output=" + run.resolve("output"), "--fuelwatch.data-dir=" + run.resolve("data"),
                "--fuelwatch.templates=" + PROJECT.resolve("templates")));
        ChildProcess.Result r = ChildProcess.run(command, PROJECT, Map.of(), dir.resolve("train-" + name + ".log"), 600);
        if (r.exitCode() != 0) {
            throw new IllegalStateException("training run " + name + " exited with " + r.exitCode() + "; see "
                    + r.log());
        }
    }

    void targets(List<Size> results, Map<String, double[]> startup) {
        Size big = results.get(results.size() - 1);
        Size mid = results.size() > 1 ? results.get(results.size() - 2) : big;
        String at = String.format(Locale.ROOT, "%,d", big.rows());
        StringBuilder t = new StringBuilder("| target | measured | verdict |\n|---|---:|---|\n");
        double ingest = big.job().rate("ingestIncidentsStep") / big.probeRate("h2-insert");
        t.append(target("ingest ≥ 0.85× the plain loader (incidents, at " + at + ")", ingest, "%.2f×", ingest >= 0.85,
                0.85 / ingest));
        double reader = big.probeRate("reader") / big.probeRate("raw");
        t.append(target("reader ≥ 0.8× raw FastCSV (at " + at + ")", reader, "%.2f×", reader >= 0.8, 0.8 / reader));
        double wall = big.job().process().wallMillis() / 1e3;
        t.append(target(at + " incident rows, whole job < 15 s with -Xmx" + xmx, wall, "%.1f s", wall < 15, wall / 15));
        double rss = big.job().process().peakRssKb() / (double) mid.job().process().peakRssKb();
        t.append(target(String.format(Locale.ROOT, "peak memory (RSS) at %s ≤ 1.5× at %,d", at, mid.rows()), rss,
                "%.2f×", rss <= 1.5, rss / 1.5));
        double heap = big.job().heapPeakMb() / (double) Math.max(1, mid.job().heapPeakMb());
        t.append(target(String.format(Locale.ROOT, "… the same on peak heap used, %s against %,d", at, mid.rows()),
                heap, "%.2f×", heap <= 1.5, heap / 1.5));
        double later = big.job().laterMs() / (double) big.job().ingestMs();
        t.append(target("stages after ingest < 0.3× ingest time (at " + at + ")", later, "%.2f×", later < 0.3,
                later / 0.3));
        double shipped = startup.values().iterator().next()[0];
        t.append(target("sample run within 3 s of process start (as shipped)", shipped, "%.2f s", shipped <= 3,
                shipped / 3));
        var best = startup.entrySet().stream().min((a, b) -> Double.compare(a.getValue()[0], b.getValue()[0]))
                .orElseThrow();
        t.append(target("… best variant: " + best.getKey(), best.getValue()[0], "%.2f s", best.getValue()[0] <= 3,
                best.getValue()[0] / 3));
        section("Targets", t.toString());
    }

    private static String target(String name, double value, String format, boolean met, double factor) {
        return "| " + name + " | " + String.format(Locale.ROOT, format, value) + " | "
                + (met ? "met" : String.format(Locale.ROOT, "missed (%.1f× off)", factor)) + " |\n";
    }

    void header(Path jar) throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("[^0-9]", "");
        section("FuelWatch benchmark", String.format(Locale.ROOT,
                "%s; %d cores (%s), %.0f GB RAM; JDK %s; %s; seed %d%n", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), cpu, Long.parseLong(memory) / 1024.0 / 1024.0,
                Runtime.version(), PROJECT.relativize(jar), seed));
    }

    /** The test classpath for the probes' JVMs, as a java @argfile. */
    void writeArgFile() throws IOException {
        String classpath = System.getProperty("java.class.path");
        if (!classpath.contains("test-classes")) {
            throw new IllegalStateException("the test classpath is not visible: " + classpath);
        }
        Files.writeString(WORK.resolve("classpath.args"), "-cp \"" + classpath.replace("\\", "\\\\") + "\"\n");
    }

    void quiet() throws InterruptedException {
        if (quietWait > 0) {
            double busy = ChildProcess.waitForQuiet(0.25, quietWait);
            if (busy > 0.25) {
                log("the machine is still %.0f%% busy with other work; measuring anyway", busy * 100);
            }
        }
    }

    void section(String title, String body) {
        String text = "\n## " + title + "\n\n" + body;
        report.append(text);
        System.out.println(text);
    }

    static void log(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }

    static String row(Object... formatsAndValues) {
        StringBuilder row = new StringBuilder("|");
        for (int i = 0; i < formatsAndValues.length; i += 2) {
            row.append(' ').append(String.format(Locale.ROOT, (String) formatsAndValues[i], formatsAndValues[i + 1]))
                    .append(" |");
        }
        return row.append('\n').toString();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static List<Long> longs(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Long::parseLong).toList();
    }

    static Path jar() throws IOException {
        String configured = System.getProperty("bench.jar");
        Path jar = configured != null ? Path.of(configured) : PROJECT.resolve("target/fuelwatch-0.1.0-SNAPSHOT.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no packaged jar at " + jar + ": run ./mvnw -Pbench verify");
        }
        return jar;
    }
}
