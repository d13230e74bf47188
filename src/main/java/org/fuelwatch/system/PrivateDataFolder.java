package org.fuelwatch.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Creates the folder of the embedded H2 database for its owner only (rwx------), before the database opens, and
 * tightens it if it already exists: the database holds every ingested row, and H2 creates its file under the
 * process's umask (world-readable by default). Registered in {@code META-INF/spring.factories}, so it runs before
 * any bean.
 */
public class PrivateDataFolder implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String url = event.getEnvironment().getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:h2:file:")) {
            return;
        }
        secure(Path.of(event.getEnvironment().getProperty("fuelwatch.data-dir", "./data")));
    }

    /** Creates the folder owner-only, or makes an existing one so. */
    public static void secure(Path folder) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            if (Files.isDirectory(folder)) {
                Files.setPosixFilePermissions(folder, OWNER_ONLY);
            } else {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + folder.toAbsolutePath(), e);
        }
    }
}
