package org.fuelwatch.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 over everything a briefing depends on: the input files and the effective templates (names and contents)
 * and every setting not marked {@link Operational}. The same fingerprint means the same briefing, so it identifies the job instance: an unchanged input is
 * not done twice, and a failed run with the same input restarts where it stopped.
 */
public final class InputFingerprint {

    private InputFingerprint() {
    }

    public static String of(Path input, TemplateSource templates, FuelWatchProperties settings) {
        MessageDigest digest = sha256();
        hashFolder(digest, "input", input);
        templates.all().forEach((name, content) -> {
            digest.update(("templates/" + name + "\u0000").getBytes(StandardCharsets.UTF_8));
            digest.update(content);
        });
        digest.update(publishedSettings(settings).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Every setting that is not {@link Operational}, as name=value lines in declaration order. */
    static String publishedSettings(FuelWatchProperties settings) {
        StringBuilder text = new StringBuilder();
        for (RecordComponent component : FuelWatchProperties.class.getRecordComponents()) {
            if (component.isAnnotationPresent(Operational.class)) {
                continue;
            }
            try {
                text.append(component.getName()).append('=').append(component.getAccessor().invoke(settings))
                        .append('\n');
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read setting " + component.getName(), e);
            }
        }
        return text.toString();
    }

    private static void hashFolder(MessageDigest digest, String label, Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ConfigurationException("the " + label + " folder " + folder.toAbsolutePath()
                    + " does not exist");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        byte[] buffer = new byte[1 << 16];
        for (Path file : files) {
            digest.update((label + "/" + folder.relativize(file).toString().replace('\\', '/') + "\u0000")
                    .getBytes(StandardCharsets.UTF_8));
            try (InputStream in = Files.newInputStream(file)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    digest.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
    }

    public static String sha256(Path file) {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
