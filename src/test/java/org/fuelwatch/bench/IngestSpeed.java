package org.fuelwatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The job's incidents step against the plain loader ({@link BenchProbe} h2-insert: FastCSV and JDBC batch INSERTs of
 * 500 rows into the same schema) on the {@link IngestShapes}, each in a fresh JVM with -Xmx512m, the median of
 * several runs, waiting for a quiet machine before each. Prints one Markdown row per shape.
 *
 * <p>Run: {@code java -cp <test classpath> org.fuelwatch.bench.IngestSpeed <jar> <rows> <repeats> <shape>...}
 */
public final class IngestSpeed {

    /**
     * A briefing over the window's first days only, so that each run's later steps stay short: what is timed is
     * the incidents step, which stores every row whatever the as-of date.
     */
    static final String AS_OF = "2025-09-12";

    private IngestSpeed() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        long rows = Long.parseLong(args[1]);
        int repeats = Integer.parseInt(args[2]);
        Path project = Path.of("").toAbsolutePath();
        Path work = project.resolve("target/ingest-speed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.createDirectories(work);
        Path argFile = work.resolve("classpath.args");
        Files.writeString(argFile, "-cp " + System.getProperty("java.class.path"));
        System.out.println("| shape | rows | job incidents step s (runs) | job rows/s | plain loader s (runs) "
                + "| plain rows/s | job ÷ plain |");
        System.out.println("|---|---:|---|---:|---|---:|---:|");
        for (String shape : Arrays.copyOfRange(args, 3, args.length)) {
            Path input = work.resolve("input-" + shape);
            IngestShapes.write(project.resolve("input"), input, rows, shape, 20251201);
            long[] job = new long[repeats];
            long[] plain = new long[repeats];
            for (int r = 0; r < repeats; r++) {
                ChildProcess.waitForQuiet(0.5, 30);
                JobRun run = JobRun.run(java, jar, List.of("-Xmx512m"), input, Files.createDirectories(work.resolve("templates")),
                        work.resolve("job"), List.of("--as-of=" + AS_OF), Map.of(), null);
                job[r] = run.step("ingestIncidentsStep");
                ChildProcess.waitForQuiet(0.5, 30);
                Path db = work.resolve("plain");
                SyntheticInput.deleteRecursively(db);
                plain[r] = probe(java, argFile, List.of("h2-insert", input.toString(), db.toString(), "500"),
                        work.resolve("probe.log"), project);
            }
            double jobS = median(job) / 1e3;
            double plainS = median(plain) / 1e3;
            System.out.printf("| %s | %,d | %.2f (%s) | %,.0f | %.2f (%s) | %,.0f | %.2f |%n", shape, rows, jobS,
                    seconds(job), rows / jobS, plainS, seconds(plain), rows / plainS, plainS / jobS);
        }
    }

    static long probe(String java, Path argFile, List<String> args, Path log, Path project) throws Exception {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "@" + argFile, BenchProbe.class.getName()));
        command.addAll(args);
        ChildProcess.Result result = ChildProcess.run(command, project, Map.of(), log, 3600);
        Matcher m = Pattern.compile("PROBE rows=(\\d+) millis=(\\d+)").matcher(result.output());
        if (result.exitCode() != 0 || !m.find()) {
            throw new IllegalStateException("probe " + args + " failed; see " + log);
        }
        return Long.parseLong(m.group(2));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String seconds(long[] millis) {
        return String.join(", ", Arrays.stream(millis).mapToObj(m -> String.format("%.2f", m / 1e3)).toList());
    }
}
