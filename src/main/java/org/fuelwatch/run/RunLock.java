package org.fuelwatch.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;

import org.fuelwatch.system.ConfigurationException;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on the output folder, held for the whole run. The OS releases it when the process dies,
 * even by kill -9, so a run that finds the lock free and a job execution still marked as running knows that
 * execution is dead and may recover it.
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or returns null when another process holds it. */
    public static RunLock tryAcquire(Path output) {
        try {
            Files.createDirectories(output);
            FileChannel channel = FileChannel.open(output.resolve(".fuelwatch.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return null;
            }
            return new RunLock(channel, lock);
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new ConfigurationException("the output folder " + output.toAbsolutePath()
                    + " cannot be used: " + e.getFile() + " is a file, not a folder");
        } catch (java.nio.file.AccessDeniedException | java.nio.file.ReadOnlyFileSystemException e) {
            throw new ConfigurationException("the output folder " + output.toAbsolutePath()
                    + " cannot be written (permission denied or read-only)");
        } catch (IOException e) {
            throw new ConfigurationException("the output folder " + output.toAbsolutePath() + " cannot be used: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
