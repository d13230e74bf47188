package org.fuelwatch.figures;

import java.nio.file.Path;

import org.fuelwatch.system.AtomicFiles;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads {@link Figures} as JSON; written to a temporary file and moved, so it is whole or absent. */
public final class FiguresStore {

    // figures an earlier version wrote stay readable for the comparison with the previous briefing: a field it wrote
    // and this version lacks is ignored, and a number or flag it lacked reads as 0 or false
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

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
