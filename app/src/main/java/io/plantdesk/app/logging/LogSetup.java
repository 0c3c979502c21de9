package io.plantdesk.app.logging;

import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.config.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Points Logback at the user's log directory before the first logger exists; logback.xml rolls
 * the file daily and by size so a floor PC never fills its disk with logs.
 */
public final class LogSetup {

    public static final String LOG_DIR_PROPERTY = "plantdesk.logDir";

    private LogSetup() {}

    public static void init(AppPaths paths) {
        try {
            // Private to the account (0700): the logs name people, hosts and errors.
            PrivateFiles.createDirectories(paths.logDir());
            // Logback creates files with the process umask (0644): the log exists, 0600, before it
            // opens it, and files rolled by an earlier run are closed too.
            PrivateFiles.ensurePrivateFile(paths.appLog());
            try (var files = Files.list(paths.logDir())) {
                for (var f : files.toList()) {
                    PrivateFiles.makePrivate(f);
                }
            }
        } catch (IOException e) {
            System.err.println("Plantdesk cannot create its log folder " + paths.logDir() + ": " + e.getMessage());
        }
        System.setProperty(LOG_DIR_PROPERTY, paths.logDir().toString());
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
