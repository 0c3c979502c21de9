package io.plantdesk.platform.rollup;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every rollup job registered in core.rollup_job for the logged-in plant on its interval, in
 * every client; the job's state row, locked NOWAIT in the database, makes sure only one client
 * works a plant's job at a time, the others simply find it "busy" and come back later. Failures back off (see {@link Backoff}).
 *
 * <p>All of it runs on one worker thread of its own, so the scheduler holds at most one connection
 * of the session's pool at a time: ten jobs catching up after an outage queue here, one chunk
 * after another, and never starve the screens of connections. The features' {@link ClientJob}s
 * (found by ServiceLoader) run on the same worker, each on its own interval.
 */
public final class RollupScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RollupScheduler.class);
    private static final Duration PARTITION_CHECK = Duration.ofHours(6);
    private static final Duration REAPER_EVERY = Duration.ofSeconds(30);

    private final RollupRunner runner;
    private final List<ClientJob> clientJobs;
    private volatile List<RollupJobSpec> jobs = List.of();
    private final Consumer<RollupRunner.Outcome> onRun;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("rollup-timer").factory());
    /** One thread: at most one pool connection in use by rollups at any moment. */
    private final ExecutorService workers = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("rollup-worker").factory());

    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicBoolean> running = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** @param onRun told after every run that did work, e.g. to log or refresh the Operations view */
    public RollupScheduler(RollupRunner runner, Consumer<RollupRunner.Outcome> onRun) {
        this(
                runner,
                onRun,
                ServiceLoader.load(ClientJob.class, RollupScheduler.class.getClassLoader()).stream()
                        .map(ServiceLoader.Provider::get)
                        .toList());
    }

    /** With the given client jobs instead of those on the class path (tests). */
    public RollupScheduler(RollupRunner runner, Consumer<RollupRunner.Outcome> onRun, List<ClientJob> clientJobs) {
        this.runner = runner;
        this.onRun = onRun;
        this.clientJobs = List.copyOf(clientJobs);
    }

    /** Reads the registered jobs (on the worker, never the caller's thread) and schedules each. */
    public void start() {
        timer.execute(() -> workers.execute(this::loadJobs));
        // The partitions of every table in core.partitioned_table, kept ahead by whichever client runs.
        timer.scheduleWithFixedDelay(
                () -> workers.execute(this::maintainPartitions),
                5_000 + random.nextLong(5_000),
                PARTITION_CHECK.toMillis(),
                TimeUnit.MILLISECONDS);
        // Sessions of people beyond their limits end within half a minute while any client runs
        // (role settings are only defaults a person can reset; V017).
        timer.scheduleWithFixedDelay(
                () -> workers.execute(this::endOverdueSessions),
                10_000 + random.nextLong(10_000),
                REAPER_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        for (ClientJob job : clientJobs) {
            // A few seconds after login, spread so that a shift's clients do not all start together.
            schedule(job, Duration.ofMillis(3000 + random.nextLong(5000)), 0);
        }
    }

    private void schedule(ClientJob job, Duration delay, int failedBefore) {
        if (closed) {
            return;
        }
        timer.schedule(() -> workers.execute(() -> tick(job, failedBefore)), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick(ClientJob job, int failedBefore) {
        int failed = 0;
        try {
            int made = job.run(runner.jdbi());
            if (made > 0) {
                LOG.info("{}: made {}", job.name(), made);
            }
        } catch (RuntimeException e) {
            if (closed) {
                LOG.debug("{} stopped by close: {}", job.name(), e.getMessage());
                return;
            }
            failed = failedBefore + 1;
            LOG.warn("{} failed ({} in a row): {}", job.name(), failed, e.getMessage());
        }
        schedule(job, Backoff.next(job.interval(), failed, random), failed);
    }

    private void endOverdueSessions() {
        try {
            int ended = runner.endOverdueSessions();
            if (ended > 0) {
                LOG.info(
                        "Ended {} session(s) of people beyond their group's time limits or their plant's connection budget (core.end_overdue_sessions)",
                        ended);
            }
        } catch (RuntimeException e) {
            if (!closed) {
                LOG.debug("Could not check for overdue sessions: {}", e.getMessage());
            }
        }
    }

    private void loadJobs() {
        try {
            jobs = runner.jobs();
        } catch (RuntimeException e) {
            if (!closed) {
                LOG.warn("Could not read the rollup jobs; trying again in a minute: {}", e.getMessage());
                timer.schedule(() -> workers.execute(this::loadJobs), 60, TimeUnit.SECONDS);
            }
            return;
        }
        for (RollupJobSpec job : jobs) {
            // A short first delay: a client that logs in after an outage starts catching up within
            // seconds, but after the first screen has read its figures (a catch-up of hundreds of
            // buckets beside the first dashboard's reads made that dashboard late on two cores).
            schedule(job, Duration.ofMillis(2500 + random.nextLong(2000)));
        }
    }

    private void maintainPartitions() {
        try {
            int made = runner.maintainPartitions();
            if (made > 0) {
                LOG.info("Created {} monthly partition(s) ahead (core.partitioned_table)", made);
            }
        } catch (RuntimeException e) {
            if (!closed) {
                LOG.warn("Could not check the audit log's partitions: {}", e.getMessage());
            }
        }
    }

    /** The jobs read at {@link #start()}; empty until then. */
    public List<RollupJobSpec> jobs() {
        return jobs;
    }

    /** Runs a job now, until caught up, reporting progress; the scheduled runs carry on as before. */
    public CompletableFuture<RollupRunner.Outcome> runNow(
            String job, Consumer<RollupRunner.Progress> progress, AtomicBoolean cancel) {
        return CompletableFuture.supplyAsync(() -> run(job, progress, cancel), workers);
    }

    private RollupRunner.Outcome run(String job, Consumer<RollupRunner.Progress> progress, AtomicBoolean cancel) {
        AtomicBoolean flag = running.computeIfAbsent(job, k -> new AtomicBoolean());
        if (!flag.compareAndSet(false, true)) {
            // This client is already on it; the database lock would say "busy" anyway.
            return new RollupRunner.Outcome(job, 0, 0, 0, 0, true);
        }
        try {
            RollupRunner.Outcome o = runner.catchUp(job, progress, () -> closed || cancel.get());
            if (o.buckets() > 0) {
                onRun.accept(o);
            }
            return o;
        } finally {
            flag.set(false);
        }
    }

    private void schedule(RollupJobSpec job, Duration delay) {
        if (closed) {
            return;
        }
        timer.schedule(() -> workers.execute(() -> tick(job)), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick(RollupJobSpec job) {
        int failed = 0;
        try {
            run(job.name(), p -> {}, new AtomicBoolean());
            failures.remove(job.name());
        } catch (RuntimeException e) {
            if (closed) {
                // Logged out or closed mid-run: the transaction rolled back, and another client
                // or the next login redoes it. Not worth a warning.
                LOG.debug("Rollup {} stopped by close: {}", job.name(), e.getMessage());
                return;
            }
            failed = failures.merge(job.name(), 1, Integer::sum);
            LOG.warn("Rollup {} failed ({} in a row): {}", job.name(), failed, e.getMessage());
        }
        schedule(job, Backoff.next(job.interval(), failed, random));
    }

    /** Stops scheduling; a run in progress ends at its next chunk (see {@link #awaitStopped}). Never blocks. */
    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        workers.shutdownNow();
    }

    /**
     * Waits, after {@link #close()}, for the run in progress to end. The logout calls it off the
     * FX thread before it closes the session's pool: a pool closed (and at exit the embedded server
     * stopped) under a running catch-up cut its statement half-way, and Hikari logged the broken
     * connection as a warning on every quick exit.
     *
     * @return false if the run was still going after the grace
     */
    public boolean awaitStopped(Duration grace) throws InterruptedException {
        return workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    }
}
