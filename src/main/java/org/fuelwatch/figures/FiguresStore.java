package org.fuelwatch.figures;

import java.nio.file.Path;

import org.fuelwatch.system.AtomicFiles;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads {@link Figures} as JSON; written to a temporary file and moved, so it is whole or absent. */
public final class FiguresStore {

    // a field an earlier version wrote and this one no longer has is ignored, so a previous briefing stays readable
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private FiguresStore() {
    }

    public static void write(Figures figures, Path file) {
        AtomicFiles.write(file, out -> JSON.writeValue(out, figures));
    }

    /** The figures as the JSON bytes written to the file. */
    public static byte[] json(Figures figures) {
        return JSON.writeValueAsBytes(figures);
    }

    public static Figures read(Path file) {
        return JSON.readValue(file.toFile(), Figures.class);
    }
}
