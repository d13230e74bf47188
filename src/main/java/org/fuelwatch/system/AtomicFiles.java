package org.fuelwatch.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The one way FuelWatch writes a file that someone else reads: into a temporary sibling, then moved under its name in
 * one atomic rename. A reader sees the old file or the new one, never half of one; a failed write removes its
 * temporary file, so a full disk leaves nothing behind.
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code file} whole through {@code content}, or leaves it as it was. */
    public static void write(Path file, Content content) {
        Path tmp = temporarySibling(file);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            move(tmp, file);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot write " + file + ": " + describe(io), io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Copies {@code from} to {@code to} through a temporary sibling, so {@code to} is whole or as it was. */
    public static void copy(Path from, Path to) {
        write(to, out -> Files.copy(from, out));
    }

    /** Moves a finished file under its published name in one step, replacing what was there. */
    public static void move(Path finished, Path published) {
        try {
            Files.createDirectories(published.toAbsolutePath().getParent());
            Files.move(finished, published, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + finished + " to " + published + ": " + describe(e), e);
        }
    }

    /** The temporary name a file is written under before it is moved into place. */
    public static Path temporarySibling(Path file) {
        return file.resolveSibling(file.getFileName() + ".part");
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the write already failed; that failure is the one to report
        }
    }

    /** The cause in words: the JDK's file exceptions carry only the path as their message. */
    static String describe(IOException e) {
        String kind = switch (e) {
            case java.nio.file.AccessDeniedException a -> "permission denied";
            case java.nio.file.NoSuchFileException n -> "no such file or folder";
            case java.nio.file.FileSystemException f when f.getReason() != null -> f.getReason();
            default -> e.getMessage();
        };
        return kind == null ? e.getClass().getSimpleName() : kind;
    }
}
