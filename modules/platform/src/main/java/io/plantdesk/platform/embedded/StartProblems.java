package io.plantdesk.platform.embedded;

import io.plantdesk.platform.embedded.EmbeddedServerException.Reason;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Why the embedded server cannot start, found before it is tried (a damaged or foreign data
 * folder, a port taken, a PostgreSQL an earlier Plantdesk left running) or read from its log after
 * it failed, each as one sentence with what to do. Kept apart from {@link EmbeddedServer}, which
 * starts, shares and stops the server.
 */
final class StartProblems {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);

    private StartProblems() {}

    /** A folder with files but not a PostgreSQL data directory, or one of another major version. */
    static void checkDataDirectory(Path dataDir, Path log) {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (var entries = Files.list(dataDir)) {
            boolean empty = entries.filter(p -> !p.getFileName().toString().equals("epg-lock"))
                    .findAny()
                    .isEmpty();
            if (empty) {
                return;
            }
        } catch (IOException e) {
            throw damaged(dataDir, log, e);
        }
        Path version = dataDir.resolve("PG_VERSION");
        if (!Files.exists(version) || !Files.exists(dataDir.resolve("global").resolve("pg_control"))) {
            throw damaged(dataDir, log, null);
        }
        try {
            String major = Files.readString(version, StandardCharsets.US_ASCII).trim();
            if (!major.equals(BundledVersion.MAJOR)) {
                throw new EmbeddedServerException(
                        Reason.INCOMPATIBLE,
                        "The embedded database was made by PostgreSQL " + major + "; this Plantdesk runs PostgreSQL "
                                + BundledVersion.MAJOR + ".",
                        "Export its data with the Plantdesk that made it, or move " + dataDir + " away to start fresh.",
                        log,
                        null);
            }
        } catch (IOException e) {
            throw damaged(dataDir, log, e);
        }
    }

    static boolean isBundledMajor(Path dataDir) {
        try {
            return Files.readString(dataDir.resolve("PG_VERSION"), StandardCharsets.US_ASCII)
                    .trim()
                    .equals(BundledVersion.MAJOR);
        } catch (IOException e) {
            return false;
        }
    }

    static EmbeddedServerException damaged(Path dataDir, Path log, Throwable cause) {
        return new EmbeddedServerException(
                Reason.DAMAGED,
                "The embedded database folder is damaged.",
                "Move " + dataDir
                        + " to another place (keep it for IT) and start Plantdesk again to get a fresh demo plant.",
                log,
                cause);
    }

    static void stopOrphan(Path dataDir, Path binDir, Path log) {
        Optional<ProcessHandle> orphan = ServerFiles.orphanPostmaster(dataDir, binDir);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle p = orphan.get();
        LOG.warn("A PostgreSQL (pid {}) left by an earlier Plantdesk still runs on {}; stopping it", p.pid(), dataDir);
        p.destroy();
        try {
            p.onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new EmbeddedServerException(
                    Reason.FAILED,
                    "An earlier Plantdesk's database (process " + p.pid() + ") is still running and did not stop.",
                    "Close every Plantdesk window, or end that process, then start again.",
                    log,
                    e);
        }
    }

    static void checkPortFree(int port, Path log) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
        } catch (BindException e) {
            throw portInUse(port, log, e);
        } catch (IOException e) {
            LOG.warn("Could not probe port {}", port, e);
        }
    }

    static EmbeddedServerException portInUse(int port, Path log, Throwable cause) {
        return new EmbeddedServerException(
                Reason.PORT_IN_USE,
                "Port " + port + " is already used by another program, so the embedded database cannot start.",
                "Close that program, or choose another port in Settings (or set PLANTDESK_EMBEDDED_PORT).",
                log,
                cause);
    }

    static EmbeddedServerException explain(Exception e, int port, Path dataDir, Path log) {
        String tail = ServerFiles.tail(log, 8000);
        if (tail.contains("Address already in use") || tail.contains("could not bind")) {
            return portInUse(port, log, e);
        }
        if (tail.contains("No space left on device")) {
            return new EmbeddedServerException(
                    Reason.DISK_FULL,
                    "The disk holding the embedded database ran out of space.",
                    "Free some space on the disk of " + dataDir + " and start Plantdesk again.",
                    log,
                    e);
        }
        if (tail.contains("database files are incompatible") && isBundledMajor(dataDir)) {
            // PG_VERSION names this PostgreSQL, so it is the control file that is damaged, not another version's folder
            return damaged(dataDir, log, e);
        }
        if (tail.contains("database files are incompatible")) {
            return new EmbeddedServerException(
                    Reason.INCOMPATIBLE,
                    "The embedded database was made by another PostgreSQL version.",
                    "Move " + dataDir + " away to start fresh.",
                    log,
                    e);
        }
        if (tail.contains("PANIC")
                || tail.contains("could not read file")
                || tail.contains("invalid checkpoint")
                || tail.contains("could not open file")
                || tail.contains("invalid primary checkpoint")) {
            return damaged(dataDir, log, e);
        }
        return new EmbeddedServerException(
                Reason.FAILED,
                "The embedded database did not start.",
                "The log says why; send it to IT if it does not help.",
                log,
                e);
    }
}
