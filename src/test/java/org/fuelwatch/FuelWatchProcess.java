package org.fuelwatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * FuelWatch as operators run it: a JVM of its own on the test class path, started the way the packaged jar starts,
 * with its console output in a log file. Tests use it to kill a run, or to run two at once.
 */
public final class FuelWatchProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private FuelWatchProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts FuelWatch with an H2 database in {@code data} and the built-in templates.
     *
     * @param log  file that receives the console output
     * @param args further command-line arguments, e.g. {@code --input=...}
     */
    public static FuelWatchProcess start(Path data, Path log, String... args) {
        List<String> all = new ArrayList<>(List.of("--fuelwatch.data-dir=" + data.toAbsolutePath()));
        all.addAll(List.of(args));
        return startIn(Path.of("").toAbsolutePath(), log, all.toArray(String[]::new));
    }

    /**
     * Starts FuelWatch with {@code folder} as its working folder, as cron or systemd start it from wherever they are,
     * with only the given arguments.
     */
    public static FuelWatchProcess startIn(Path folder, Path log, String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), FuelWatchApplication.class.getName()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new FuelWatchProcess(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /** Waits for the process to end and returns its exit code. */
    public int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("FuelWatch did not end within " + timeout + "; log:\n" + log());
        }
        return process.exitValue();
    }

    /** Polls every millisecond until the condition holds; false when the process ended or the time ran out first. */
    public boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        return poll(condition, timeout, 1);
    }

    /** Polls the console output until it contains the text. */
    public boolean awaitLog(String text, Duration timeout) throws InterruptedException {
        return poll(() -> log().contains(text), timeout, 50);
    }

    private boolean poll(BooleanSupplier condition, Duration timeout, long everyMillis) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (!process.isAlive()) {
                return condition.getAsBoolean();
            }
            Thread.sleep(everyMillis);
        }
        return false;
    }

    /** SIGKILL: no shutdown hook, no clean-up, like a power cut or the OOM killer. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: what systemd and Ctrl-C send. */
    public int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        return exitCode(timeout);
    }

    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
