package org.fuelwatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateDataFolderTests {

    @TempDir
    Path folder;

    @Test
    void theDatabaseFolderIsCreatedForItsOwnerOnly() throws IOException {
        Path data = folder.resolve("data");
        PrivateDataFolder.secure(data);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    }

    @Test
    void anExistingWorldReadableFolderIsTightened() throws IOException {
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        PrivateDataFolder.secure(data);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    }
}
