package io.plantdesk.platform.rollup;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.db.DbErrors;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Runs a job for the logged-in person's plant until it has caught up, one bounded chunk per
 * transaction, so that after a long outage no transaction grows large and other clients and the
 * UI keep going between chunks.
 */
public final class RollupRunner {

    /** Buckets per transaction: a day bucket of a busy plant is tens of thousands of raw rows. */
    public static final int CHUNK = 31;

    /** Progress after each chunk: buckets done so far and buckets still waiting. */
    public record Progress(String job, int done, int remaining) {}

    /** The total of a catch-up. */
    public record Outcome(String job, int chunks, int buckets, long rowsRead, long rowsWritten, boolean busy) {}

    private final Jdbi jdbi;

    private static final int DEADLOCK_ATTEMPTS = 3;

    public RollupRunner(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The session's Jdbi, for the features' {@link ClientJob}s that run beside the rollups. */
    Jdbi jdbi() {
        return jdbi;
    }

    /** The jobs registered in core.rollup_job (by the features' migrations), by name. */
    public List<RollupJobSpec> jobs() {
        try {
            return jdbi.withHandle(h -> h.createQuery(
                            "select name, interval_seconds from core.rollup_job order by name")
                    .map((rs, ctx) -> new RollupJobSpec(rs.getString(1), Duration.ofSeconds(rs.getInt(2))))
                    .list());
        } catch (JdbiException e) {
            throw DbErrors.translate(e, null);
        }
    }

    /**
     * Creates the audit log's monthly partitions up to three months ahead where missing; returns
     * how many it made. Any person may run it; it does nothing else (core.maintain_partitions).
     */
    public int maintainPartitions() {
        try {
            return jdbi.withHandle(h -> h.createQuery("select core.maintain_partitions()")
                    .mapTo(Integer.class)
                    .one());
        } catch (JdbiException e) {
            throw DbErrors.translate(e, null);
        }
    }

    /**
     * Ends the sessions of Plantdesk people beyond their group's limits (idle in a transaction or
     * running a statement too long; V017): a person can reset their own timeouts, this cannot be.
     */
    public int endOverdueSessions() {
        try {
            return jdbi.withHandle(h -> h.createQuery("select core.end_overdue_sessions()")
                    .mapTo(Integer.class)
                    .one());
        } catch (JdbiException e) {
            throw DbErrors.translate(e, null);
        }
    }

    /**
     * One engine transaction. A run that fails inside the engine was rolled back and its error
     * recorded by the server itself (people cannot write a job's error); it is raised here with
     * that message.
     */
    public RollupRun runOnce(String job, int maxBuckets) {
        for (int attempt = 1; ; attempt++) {
            try {
                RollupRun r = jdbi.inTransaction(
                        TransactionIsolationLevel.READ_COMMITTED,
                        h -> h.attach(RollupDao.class).run(job, maxBuckets));
                if (r.failed()) {
                    String why;
                    try {
                        why = jdbi.withExtension(RollupDao.class, dao -> dao.lastError(job))
                                .orElse("no reason recorded");
                    } catch (JdbiException notAnAdmin) {
                        why = "an admin sees why in the Operations view";
                    }
                    throw new PlantdeskException(
                            "The rollup \"" + job + "\" failed: " + why,
                            "It runs again on its schedule; if it keeps failing, send the log to IT.");
                }
                return r;
            } catch (JdbiException e) {
                // A writer whose transaction upserts invalidations in several statements can lock
                // them out of key order; PostgreSQL then aborts one side. The run rolled back whole,
                // so it is simply run again, as any client retries a deadlock.
                if (attempt < DEADLOCK_ATTEMPTS && isDeadlock(e)) {
                    continue;
                }
                throw DbErrors.translate(e, null);
            }
        }
    }

    private static boolean isDeadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "40P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Runs chunks until caught up, busy elsewhere, or cancelled; reports progress after each chunk. */
    public Outcome catchUp(String job, Consumer<Progress> progress, Supplier<Boolean> cancelled) {
        int chunks = 0;
        int buckets = 0;
        long read = 0;
        long written = 0;
        while (!cancelled.get()) {
            RollupRun r = runOnce(job, CHUNK);
            if (r.busy()) {
                return new Outcome(job, chunks, buckets, read, written, true);
            }
            chunks++;
            buckets += r.buckets();
            read += r.rowsRead();
            written += r.rowsWritten();
            progress.accept(new Progress(job, buckets, r.remaining() == null ? 0 : r.remaining()));
            if (r.caughtUp() || r.buckets() == 0) {
                break;
            }
        }
        return new Outcome(job, chunks, buckets, read, written, false);
    }
}
