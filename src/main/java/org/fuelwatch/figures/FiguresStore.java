package org.fuelwatch.figures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads {@link Figures} as JSON; written to a temporary file and moved, so it is whole or absent. */
public final class FiguresStore {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private FiguresStore() {
    }

    public static void write(Figures figures, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), figures);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write figures to " + file, e);
        }
    }

    /** The figures as the JSON bytes written to the file. */
    public static byte[] json(Figures figures) {
        return JSON.writeValueAsBytes(figures);
    }

    public static Figures read(Path file) {
        return JSON.readValue(file.toFile(), Figures.class);
    }
}
