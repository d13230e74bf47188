package org.fuelwatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the packaged job as a child process, with what the job repository says about its steps and what the
 * GC log says about its heap.
 *
 * @param process      the process as measured from outside
 * @param steps        each step's wall time in ms from the job repository (start to end), in execution order
 * @param written      rows written per step
 * @param jobStartMs   process start to the job's start time in the repository (JVM, Spring, fingerprint)
 * @param jobEndMs     process start to the job's end time in the repository
 * @param heapPeakMb   most heap in use, from the GC log: the largest "before" of a collection or the use at exit
 * @param heapLiveMb   most heap still in use after a collection (the live set at its largest)
 */
record JobRun(ChildProcess.Result process, Map<String, Long> steps, Map<String, Long> written, long jobStartMs,
        long jobEndMs, long heapPeakMb, long heapLiveMb) {

    static final List<String> INGEST_STEPS = List.of("ingestCorridorsStep", "ingestRoutesStep", "ingestWaypointsStep",
            "ingestOutlinesStep", "ingestIncidentsStep", "ingestSupplyStep", "ingestEventsStep", "ingestClaimsStep");
    static final List<String> LATER_STEPS = List.of("figuresStep", "chartsStep", "briefingStep", "publishStep");

    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern HEAP_AT_EXIT = Pattern.compile("used (\\d+)K");

    long step(String name) {
        return steps.getOrDefault(name, 0L);
    }

    long ingestMs() {
        return INGEST_STEPS.stream().mapToLong(this::step).sum();
    }

    long laterMs() {
        return LATER_STEPS.stream().mapToLong(this::step).sum();
    }

    /** Rows per second the step wrote. */
    double rate(String step) {
        long ms = step(step);
        return ms == 0 ? 0 : written.getOrDefault(step, 0L) * 1000.0 / ms;
    }

    /**
     * Runs {@code java [jvmOptions] -jar jar --input --output --fuelwatch.data-dir [more]} in {@code work}, then reads
     * the job repository: the H2 file database in work/data, or the PostgreSQL one when {@code repositoryUrl} is set.
     */
    static JobRun run(String java, Path jar, List<String> jvmOptions, Path input, Path templates, Path work,
            List<String> moreArguments, Map<String, String> environment, String repositoryUrl) throws Exception {
        SyntheticInput.deleteRecursively(work);
        Files.createDirectories(work);
        Path gcLog = work.resolve("gc.log");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.add("-Xlog:gc,gc+heap+exit:file=" + gcLog);
        command.addAll(List.of("-jar", jar.toString(), "--input=" + input, "--output=" + work.resolve("output"),
                "--fuelwatch.data-dir=" + work.resolve("data"),
                // the sparse synthetic history reaches back to 1683 at a million rows, past the plausible default
                "--fuelwatch.ingest.earliest-date=1600-01-01"));
        // the templates ship in the jar; a folder is passed only where there is one to override them
        if (Files.isDirectory(templates)) {
            command.add("--fuelwatch.templates=" + templates);
        }
        command.addAll(moreArguments);
        ChildProcess.Result result = ChildProcess.run(command, work, environment, work.resolve("job.log"), 3600);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("the job exited with " + result.exitCode() + "; see " + result.log());
        }
        String url = repositoryUrl != null ? repositoryUrl
                : "jdbc:h2:file:" + work.resolve("data/fuelwatch").toAbsolutePath() + ";ACCESS_MODE_DATA=r";
        Map<String, Long> steps = new LinkedHashMap<>();
        Map<String, Long> written = new LinkedHashMap<>();
        long jobStart;
        long jobEnd;
        try (Connection db = DriverManager.getConnection(url, user(repositoryUrl), password(repositoryUrl));
                Statement statement = db.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT STEP_NAME, START_TIME, END_TIME, WRITE_COUNT "
                    + "FROM BATCH_STEP_EXECUTION ORDER BY STEP_EXECUTION_ID")) {
                while (rs.next()) {
                    steps.put(rs.getString(1), Duration.between(rs.getObject(2, LocalDateTime.class),
                            rs.getObject(3, LocalDateTime.class)).toMillis());
                    written.put(rs.getString(1), rs.getLong(4));
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT START_TIME, END_TIME FROM BATCH_JOB_EXECUTION "
                    + "ORDER BY JOB_EXECUTION_ID DESC")) {
                rs.next();
                jobStart = epochMillis(rs.getObject(1, LocalDateTime.class)) - result.startEpochMillis();
                jobEnd = epochMillis(rs.getObject(2, LocalDateTime.class)) - result.startEpochMillis();
            }
        }
        long[] heap = heap(gcLog);
        return new JobRun(result, steps, written, jobStart, jobEnd, heap[0], heap[1]);
    }

    /** Peak heap in use and largest live set after a collection, in MB, from a unified GC log. */
    static long[] heap(Path gcLog) throws IOException {
        long peak = 0;
        long live = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher pause = GC_PAUSE.matcher(line);
            if (pause.find()) {
                peak = Math.max(peak, Long.parseLong(pause.group(1)));
                live = Math.max(live, Long.parseLong(pause.group(2)));
            } else if (line.contains("garbage-first heap") || line.contains(" heap ")) {
                Matcher exit = HEAP_AT_EXIT.matcher(line);
                if (exit.find()) {
                    peak = Math.max(peak, Long.parseLong(exit.group(1)) / 1024);
                }
            }
        }
        return new long[] {peak, live};
    }

    private static long epochMillis(LocalDateTime time) {
        return time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    private static String user(String repositoryUrl) {
        return repositoryUrl == null ? "sa" : System.getenv().getOrDefault("FUELWATCH_TEST_PG_USER", "fuelwatch");
    }

    private static String password(String repositoryUrl) {
        return repositoryUrl == null ? "" : System.getenv().getOrDefault("FUELWATCH_TEST_PG_PASSWORD", "fuelwatch");
    }
}
