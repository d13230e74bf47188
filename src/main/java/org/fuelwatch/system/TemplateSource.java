package org.fuelwatch.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where the wording comes from: the templates built into the jar, each of which a file of the same name in an override
 * folder replaces. Staff copy and edit only the templates they change; the job runs from any folder with none.
 * Names are relative paths such as {@code summary.mustache} or {@code ar/summary.mustache}.
 */
public final class TemplateSource {

    private static final String BUILT_IN = "templates/";

    private final Path overrides;

    private TemplateSource(Path overrides) {
        this.overrides = overrides;
    }

    /**
     * The templates for a configured override folder: none configured means {@code templates/} in the working folder
     * if there is one; a configured folder that does not exist is a configuration error, since it is surely a typo.
     */
    public static TemplateSource of(Path configured) {
        if (configured == null) {
            Path local = Path.of("templates");
            return new TemplateSource(Files.isDirectory(local) ? local : null);
        }
        if (!Files.isDirectory(configured)) {
            throw new ConfigurationException("fuelwatch.templates=" + configured + ": the folder "
                    + configured.toAbsolutePath() + " does not exist");
        }
        return new TemplateSource(configured);
    }

    /** Only the built-in templates. */
    public static TemplateSource builtIn() {
        return new TemplateSource(null);
    }

    /** The text of a template, from the override folder if it has the file, else the built-in one. */
    public String read(String name) {
        try {
            Path override = override(name);
            if (override != null) {
                return Files.readString(override);
            }
            try (InputStream in = builtInStream(name)) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + describe(name) + ": " + e.getMessage(), e);
        }
    }

    /** Whether a template exists, overridden or built in. */
    public boolean exists(String name) {
        return override(name) != null || getClass().getClassLoader().getResource(BUILT_IN + name) != null;
    }

    /** Where a template is read from, for messages: the override file, or the built-in name. */
    public String describe(String name) {
        Path override = override(name);
        return override != null ? override.toString() : "templates/" + name + " (built in)";
    }

    /**
     * The effective content of every template, built in or overriding, by name: what a briefing's wording depends on,
     * for the input fingerprint.
     */
    public SortedMap<String, byte[]> all() {
        SortedMap<String, byte[]> all = new TreeMap<>();
        try {
            Resource root = new PathMatchingResourcePatternResolver().getResource("classpath:" + BUILT_IN);
            String rootUrl = root.getURL().toString();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + BUILT_IN + "**")) {
                String url = r.getURL().toString();
                if (r.isReadable() && url.startsWith(rootUrl) && !url.endsWith("/")) {
                    try (InputStream in = r.getInputStream()) {
                        all.put(url.substring(rootUrl.length()), in.readAllBytes());
                    }
                }
            }
            if (overrides != null) {
                try (Stream<Path> files = Files.walk(overrides)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        all.put(overrides.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the templates", e);
        }
        return all;
    }

    private Path override(String name) {
        if (overrides == null) {
            return null;
        }
        Path file = overrides.resolve(name);
        return Files.isRegularFile(file) ? file : null;
    }

    private InputStream builtInStream(String name) throws IOException {
        InputStream in = getClass().getClassLoader().getResourceAsStream(BUILT_IN + name);
        if (in == null) {
            throw new java.io.FileNotFoundException("no such template");
        }
        return in;
    }
}
