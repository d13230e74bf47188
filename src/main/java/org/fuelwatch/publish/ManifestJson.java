package org.fuelwatch.publish;

import java.nio.file.Files;
import java.nio.file.Path;

import org.fuelwatch.system.AtomicFiles;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@link Manifest}s; a manifest is written to a temporary file and moved, so it is whole or absent. */
final class ManifestJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ManifestJson() {
    }

    public static void write(Manifest manifest, Path file) {
        AtomicFiles.write(file, out -> JSON.writeValue(out, manifest));
    }

    public static Manifest read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no manifest at " + file);
        }
        return JSON.readValue(file.toFile(), Manifest.class);
    }
}
