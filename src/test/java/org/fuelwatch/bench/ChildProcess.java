package org.fuelwatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a child process, with its output to a file, and measures it from outside: wall time from start
 * to exit, peak resident memory (VmHWM from /proc/&lt;pid&gt;/status, sampled every 10 ms), the CPU time it used, and
 * the CPU time everything else on the machine used meanwhile (other work on a shared machine skews wall times).
 */
final class ChildProcess {

    /**
     * @param exitCode   the process's exit code
     * @param wallMillis start to exit
     * @param startNanos {@link System#nanoTime()} just before the start
     * @param startEpochMillis wall-clock time just before the start, to place the job's own timestamps
     * @param peakRssKb  highest resident set size seen (VmHWM), in kB
     * @param cpuMillis  user + system CPU time of the process
     * @param otherCpu   CPU used by everything else meanwhile, as a fraction of the machine (0..1)
     * @param log        the process's output
     */
    record Result(int exitCode, long wallMillis, long startNanos, long startEpochMillis, long peakRssKb,
            long cpuMillis, double otherCpu, Path log) {

        String output() {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private ChildProcess() {
    }

    static Result run(List<String> command, Path workingDirectory, Map<String, String> environment, Path log,
            long timeoutSeconds) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long[] machineBefore = machineCpu();
        long startEpoch = System.currentTimeMillis();
        long start = System.nanoTime();
        Process process = builder.start();
        Path status = Path.of("/proc/" + process.pid() + "/status");
        Path stat = Path.of("/proc/" + process.pid() + "/stat");
        long peakRss = 0;
        long cpuTicks = 0;
        long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!process.waitFor(10, TimeUnit.MILLISECONDS)) {
            peakRss = Math.max(peakRss, vmHwm(status));
            cpuTicks = Math.max(cpuTicks, cpuTicks(stat));
            if (System.nanoTime() > deadline) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("timed out after " + timeoutSeconds + " s: " + command);
            }
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        long[] machineAfter = machineCpu();
        long busy = machineAfter[0] - machineBefore[0];
        long total = machineAfter[1] - machineBefore[1];
        double other = total <= 0 ? 0 : Math.max(0, (busy - cpuTicks) / (double) total);
        return new Result(process.exitValue(), wall, start, startEpoch, peakRss, cpuTicks * 1000 / CLOCK_TICKS_PER_SECOND,
                other, log);
    }

    /**
     * Waits, up to {@code maxSeconds}, for the machine to be quiet: less than {@code maxBusy} of its CPU in use over
     * two seconds. Returns the busy fraction last seen.
     */
    static double waitForQuiet(double maxBusy, long maxSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        double busy;
        do {
            long[] before = machineCpu();
            Thread.sleep(2000);
            long[] after = machineCpu();
            busy = (after[0] - before[0]) / (double) Math.max(1, after[1] - before[1]);
        } while (busy > maxBusy && System.nanoTime() < deadline);
        return busy;
    }

    /** Busy and total CPU ticks of the whole machine, from /proc/stat. */
    static long[] machineCpu() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    private static long vmHwm(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has just exited
        }
        return 0;
    }

    private static long cpuTicks(Path stat) {
        try {
            String text = Files.readString(stat);
            String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime); after the command name they are at index 11 and 12
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
