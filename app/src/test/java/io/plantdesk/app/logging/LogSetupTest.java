package io.plantdesk.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.config.PrivateFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Probe of issue 13, round 2: plantdesk.log was created 0644 (Logback uses the umask). */
class LogSetupTest {

    @TempDir
    Path root;

    @Test
    void theApplicationLogAndEarlierRolledLogsArePrivate() throws Exception {
        AppPaths paths = new AppPaths(root.resolve("config"), root.resolve("data"), root.resolve("data/logs"));
        Files.createDirectories(paths.logDir());
        Path rolled = paths.logDir().resolve("plantdesk.2026-11-30.0.log.gz");
        Files.writeString(rolled, "x");
        Files.setPosixFilePermissions(rolled, PosixFilePermissions.fromString("rw-r--r--"));
        String before = System.getProperty(LogSetup.LOG_DIR_PROPERTY);
        try {
            LogSetup.init(paths);
        } finally {
            if (before == null) {
                System.clearProperty(LogSetup.LOG_DIR_PROPERTY);
            } else {
                System.setProperty(LogSetup.LOG_DIR_PROPERTY, before);
            }
        }
        assertThat(paths.appLog()).exists();
        assertThat(PrivateFiles.mode(paths.appLog()).orElseThrow() & 077).isZero();
        assertThat(PrivateFiles.mode(rolled).orElseThrow() & 077).isZero();
    }
}
