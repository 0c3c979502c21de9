package io.plantdesk.platform.rollup;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.db.DbErrors;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Runs rollups for every plant of a database on the installer's admin connection, for plants that
 * prefer one server to do it ({@code plantdesk rollup run}). Same engine, same locks: clients that
 * also run jobs simply find them "busy" or already done.
 */
public final class HeadlessRollups {

    /** What one plant's job did in one pass. */
    public record Result(String plant, String job, int buckets, long rowsRead, boolean busy, String error) {}

    private final Jdbi jdbi;

    public HeadlessRollups(DataSource admin) {
        this.jdbi = Database.jdbiFor(admin);
    }

    public List<String> jobs() {
        return jdbi.withHandle(h -> h.createQuery("select name from core.rollup_job order by name")
                .mapTo(String.class)
                .list());
    }

    public int shortestIntervalSeconds() {
        return jdbi.withHandle(h -> h.createQuery("select coalesce(min(interval_seconds), 60) from core.rollup_job")
                .mapTo(Integer.class)
                .one());
    }

    /** One pass: every plant, every given job, each caught up in bounded chunks. */
    public void runAll(List<String> jobs, Consumer<Result> report) {
        List<UUID> plants = jdbi.withHandle(h -> h.createQuery("select id from core.tenant order by name")
                .mapTo(UUID.class)
                .list());
        for (UUID plant : plants) {
            String name = jdbi.withHandle(h -> h.createQuery("select slug from core.tenant where id = :t")
                    .bind("t", plant)
                    .mapTo(String.class)
                    .one());
            for (String job : jobs) {
                report.accept(catchUp(plant, name, job));
            }
        }
    }

    /** How the loop waits; tests pass one that does not sleep the whole interval. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /**
     * {@code rollup run --loop}: passes until interrupted. When the database goes away (a restart,
     * a network cut) the loop says so, waits with backoff (doubling up to ten minutes) and says
     * when it is back, instead of ending.
     *
     * @param onlyJob a job name, or null for every registered job
     * @param notice  sentences about losing and regaining the database
     */
    public void loop(String onlyJob, Consumer<Result> report, Consumer<String> notice, Sleeper sleeper)
            throws InterruptedException {
        loop(onlyJob, report, notice, sleeper, Optional::empty);
    }

    /**
     * Brings the database back where this computer can (the embedded server: start it again or
     * attach to the one another Plantdesk started again): a sentence saying what it did, empty when
     * there was nothing to do; a {@link PlantdeskException} with the reason when it could not.
     */
    public interface Reviver {
        Optional<String> revive();
    }

    /** As {@link #loop(String, Consumer, Consumer, Sleeper)}, asking {@code reviver} to bring the database back after each loss. */
    public void loop(String onlyJob, Consumer<Result> report, Consumer<String> notice, Sleeper sleeper, Reviver reviver)
            throws InterruptedException {
        int failures = 0;
        Duration interval = Duration.ofSeconds(60);
        RandomGenerator random = new Random();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                List<String> jobs = onlyJob == null ? jobs() : List.of(onlyJob);
                interval = Duration.ofSeconds(shortestIntervalSeconds());
                runAll(jobs, report);
                if (failures > 0) {
                    notice.accept("The database is back; rollups run again.");
                }
                failures = 0;
            } catch (JdbiException | PlantdeskException e) {
                failures++;
                String why = e instanceof JdbiException j
                        ? DbErrors.translate(j, null).getMessage()
                        : e.getMessage();
                Duration wait = Backoff.next(Duration.ofSeconds(5), failures - 1, random);
                String revived;
                try {
                    revived = reviver.revive().map(r -> " " + r).orElse("");
                } catch (PlantdeskException r) {
                    revived = " Starting it again failed: " + r.getMessage();
                }
                long seconds = Math.max(1, wait.toSeconds());
                notice.accept(
                        revived.isEmpty()
                                ? "Lost the database (" + why + "); trying again in " + seconds + " s."
                                : "Lost the database (" + why + ")." + revived + " Rollups try again in " + seconds
                                        + " s.");
                sleeper.sleep(wait);
                continue;
            }
            sleeper.sleep(interval);
        }
    }

    private Result catchUp(UUID plant, String name, String job) {
        int buckets = 0;
        long read = 0;
        try {
            while (true) {
                RollupRun r = jdbi.inTransaction(
                        TransactionIsolationLevel.READ_COMMITTED,
                        h -> h.createQuery("select * from core.run_rollup_for(:t, :job, :max)")
                                .bind("t", plant)
                                .bind("job", job)
                                .bind("max", RollupRunner.CHUNK)
                                .map(ConstructorMapper.of(RollupRun.class))
                                .one());
                if (r.busy()) {
                    return new Result(name, job, buckets, read, true, null);
                }
                buckets += r.buckets();
                read += r.rowsRead();
                if (r.caughtUp() || r.buckets() == 0) {
                    return new Result(name, job, buckets, read, false, null);
                }
            }
        } catch (JdbiException e) {
            return new Result(
                    name, job, buckets, read, false, DbErrors.translate(e, null).getMessage());
        }
    }
}
