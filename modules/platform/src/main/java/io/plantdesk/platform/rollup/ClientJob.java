package io.plantdesk.platform.rollup;

import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/**
 * Scheduled work that every client runs beside the rollups, contributed by a feature through
 * ServiceLoader (maintenance: PM generation). Like a rollup job, a run must be safe when many
 * clients run it at once: it coordinates in the database (a state row locked NOWAIT), so a client
 * that finds another at work does nothing and comes back at the next interval. The
 * {@link RollupScheduler} runs it on its own worker thread, never the FX thread.
 */
public interface ClientJob {

    /** A short name for the log, e.g. "maintenance.pm". */
    String name();

    /** How often each client runs it; failures back off from this (see {@link Backoff}). */
    Duration interval();

    /** One run as the logged-in person; returns how many things it made (0: nothing was due, or another client was at it). */
    int run(Jdbi jdbi);
}
