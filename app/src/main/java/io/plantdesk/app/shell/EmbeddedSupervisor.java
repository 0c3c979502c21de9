package io.plantdesk.app.shell;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.embedded.EmbeddedHolder;
import io.plantdesk.platform.embedded.EmbeddedServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded PostgreSQL alive for an open session: when it stops answering, restarts it
 * through the holder, waiting 1, 2, 4 ... up to 60 s between failed attempts so a server that
 * cannot start (full disk, damaged data) is not hammered. Its sessions' pools reconnect on their
 * own once it listens again. Blocking: call it from a task, never from the FX thread.
 */
public final class EmbeddedSupervisor {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSupervisor.class);
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration MAX_WAIT = Duration.ofSeconds(60);

    /** What the last attempt did: how many failed in a row, when the next one is due, and why. */
    public record Status(int failures, Instant nextAttempt, Optional<PlantdeskException> lastError) {}

    private final EmbeddedHolder holder;
    private final Clock clock;
    private int failures;
    /** Volatile, and read without the lock: the FX thread asks while a restart holds it for seconds. */
    private volatile Instant nextAttempt = Instant.MIN;

    private PlantdeskException lastError;

    public EmbeddedSupervisor(EmbeddedHolder holder, Clock clock) {
        this.holder = holder;
        this.clock = clock;
    }

    /** Whether a restart attempt is due now (the backoff has passed). */
    public boolean due() {
        return !clock.instant().isBefore(nextAttempt);
    }

    /**
     * Restarts the server if an attempt is due: stops what is left of the old one (its process may
     * be gone; the holder then only forgets it) and starts a fresh one on the same data.
     */
    public synchronized Status restartIfDue() {
        if (due()
                && holder.isRunning()
                && ConnectionProbe.listening("localhost", holder.get().port(), ConnectionProbe.TIMEOUT)) {
            // It answers again (a restart asked for a moment earlier, or another Plantdesk's): restarting
            // now would stop a fresh server and start the next outage.
            answered();
            return status();
        }
        if (due()) {
            try {
                LOG.warn("The embedded PostgreSQL stopped answering; restarting it (attempt {})", failures + 1);
                holder.close();
                EmbeddedServer server = holder.get();
                LOG.info("The embedded PostgreSQL is back on port {}", server.port());
                failures = 0;
                nextAttempt = Instant.MIN;
                lastError = null;
            } catch (PlantdeskException e) {
                LOG.warn("Could not restart the embedded PostgreSQL", e);
                lastError = e;
                failures++;
                nextAttempt = clock.instant().plus(wait(failures));
            }
        }
        return status();
    }

    /** The server answers again: the next outage starts its backoff from the beginning. */
    public synchronized void answered() {
        failures = 0;
        nextAttempt = Instant.MIN;
        lastError = null;
    }

    public synchronized Status status() {
        return new Status(failures, nextAttempt, Optional.ofNullable(lastError));
    }

    /**
     * The embedded database's disk, measured now (a file-system call: never on the FX thread):
     * a sentence when it runs low, empty while there is room or no server runs.
     */
    public Optional<String> diskWarning() {
        return holder.isRunning() ? holder.get().currentDiskWarning() : Optional.empty();
    }

    /** 1 s after the first failure, doubling, never more than a minute. */
    static Duration wait(int failures) {
        Duration d = FIRST_WAIT;
        for (int i = 1; i < failures && d.compareTo(MAX_WAIT) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
    }

    /**
     * For the login: a server this process started earlier may have died since (killed, crashed);
     * start it again rather than fail with a connection error.
     */
    public static void reviveIfDead(EmbeddedHolder holder) {
        if (holder.isRunning()
                && !ConnectionProbe.listening("localhost", holder.get().port(), ConnectionProbe.TIMEOUT)) {
            LOG.warn("The embedded PostgreSQL this Plantdesk started no longer answers; starting it again");
            holder.close();
        }
    }
}
