package org.fuelwatch.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A failure in one plain sentence for the operator: the messages along the cause chain, with the JDK's file
 * exceptions (whose message is only a path) put in words. The stack trace goes to the log at debug level.
 */
public final class PlainCause {

    private PlainCause() {
    }

    public static String of(Throwable failure) {
        Set<String> parts = new LinkedHashSet<>();
        for (Throwable t = failure; t != null && parts.size() < 4; t = t.getCause()) {
            String part = describe(t);
            if (part != null && parts.stream().noneMatch(p -> p.contains(part))) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? failure.getClass().getSimpleName() : String.join(": ", parts);
    }

    private static String describe(Throwable t) {
        return switch (t) {
            case AccessDeniedException e -> e.getFile() + ": permission denied";
            case NoSuchFileException e -> e.getFile() + ": no such file or folder";
            case FileSystemException e -> e.getFile() + ": " + (e.getReason() == null ? "cannot be used" : e.getReason());
            case IOException e when e.getMessage() == null -> "input/output error";
            default -> t.getMessage() == null || t.getMessage().isBlank() ? null : t.getMessage().strip();
        };
    }
}
