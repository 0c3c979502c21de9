package io.plantdesk.platform.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.Closeable;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the embedded server when its last user leaves. The library's handle of a server this
 * process started holds the data folder's {@code epg-lock} until it is closed, so it is kept per
 * process (not per server object: the object that started it may have left long before the last
 * user of this process) and closed when the server stops. A server another process started is
 * stopped with the verified binaries' {@code pg_ctl stop -m fast}. Called with the start lock held.
 */
final class StartedHere {

    private static final Logger LOG = LoggerFactory.getLogger(StartedHere.class);
    private static final Map<Path, EmbeddedPostgres> STARTED = new HashMap<>();

    private StartedHere() {}

    static synchronized void remember(Path dataDir, EmbeddedPostgres pg) {
        STARTED.put(dataDir.toAbsolutePath().normalize(), pg);
    }

    /** A server this process started that died since: its handle only holds the lock file now. */
    static void forget(Path dataDir) {
        EmbeddedPostgres old;
        synchronized (StartedHere.class) {
            old = STARTED.remove(dataDir.toAbsolutePath().normalize());
        }
        if (old != null) {
            releaseLock(old); // its server is gone: asking it to stop would only fail ("Could not stop postmaster")
        }
    }

    /**
     * This process leaves a server it started to other processes and may live on (the console
     * after its session): the library's handle would keep the data folder's {@code epg-lock} and
     * make the next process's start of this folder fail ("could not lock"), so the lock goes now.
     * The start lock and the users' lease do that file's job for Plantdesk. The library has no
     * call that lets go of the lock without stopping the server, hence the field.
     */
    static void handOver(Path dataDir) {
        EmbeddedPostgres pg;
        synchronized (StartedHere.class) {
            pg = STARTED.remove(dataDir.toAbsolutePath().normalize());
        }
        if (pg != null) {
            releaseLock(pg);
        }
    }

    private static void releaseLock(EmbeddedPostgres pg) {
        try {
            Field stream = EmbeddedPostgres.class.getDeclaredField("lockStream");
            stream.setAccessible(true);
            if (stream.get(pg) instanceof Closeable c) {
                c.close(); // closing the file releases its lock
            }
        } catch (ReflectiveOperationException | IOException | RuntimeException e) {
            LOG.debug("Could not let go of the embedded library's lock file", e);
        }
    }

    /** Stops the server of these folders, whoever started it; nothing happens when none runs. */
    static void stop(EmbeddedServer.Folders folders) {
        EmbeddedPostgres pg;
        synchronized (StartedHere.class) {
            pg = STARTED.remove(folders.dataDir().toAbsolutePath().normalize());
        }
        if (pg != null) {
            Optional<ProcessHandle> running = ServerFiles.postmasterOf(folders.dataDir());
            if (running.isPresent()) {
                LOG.info(
                        "Stopping the embedded PostgreSQL (process {}): the last Plantdesk using it is leaving",
                        running.get().pid());
                closeQuietly(pg);
            } else {
                releaseLock(pg); // its server is gone already: asking it to stop would only fail
            }
            return;
        }
        ServerFiles.orphanPostmaster(folders.dataDir(), folders.binDir()).ifPresent(p -> stopWithPgCtl(folders, p));
    }

    private static void stopWithPgCtl(EmbeddedServer.Folders folders, ProcessHandle postmaster) {
        LOG.info(
                "Stopping the embedded PostgreSQL (process {}): the last Plantdesk using it is leaving",
                postmaster.pid());
        try {
            Path tree = PgBinaries.prepareOrExplain(folders.binDir(), folders.log()); // never an unverified program
            PgBinaries.forget();
            Path bin = tree.resolve("bin");
            Path pgCtl = Files.exists(bin.resolve("pg_ctl.exe")) ? bin.resolve("pg_ctl.exe") : bin.resolve("pg_ctl");
            List<String> command = new ArrayList<>();
            if (LinuxUtils.isUnshareAvailable()) {
                command.addAll(List.of("unshare", "-U")); // as the library runs them: PostgreSQL refuses to run as root
            }
            command.addAll(List.of(
                    pgCtl.toString(), "-D", folders.dataDir().toString(), "stop", "-m", "fast", "-t", "20", "-w"));
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(
                            ProcessBuilder.Redirect.appendTo(folders.log().toFile()))
                    .start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            postmaster.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // The next start finds it and stops it (it is this folder's postgres and nobody uses it).
            LOG.warn("The embedded PostgreSQL did not stop; the next start stops it: {}", e.getMessage());
            LOG.debug("Stopping the embedded PostgreSQL failed", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            LOG.warn("The embedded PostgreSQL did not stop cleanly; it recovers at the next start: {}", e.getMessage());
            LOG.debug("Stopping the embedded PostgreSQL failed", e);
        }
    }
}
