package io.plantdesk.ui.tasks;

import io.plantdesk.platform.tasks.ExecutorTaskRunner;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Runs blocking work on virtual threads, at most {@code permits} at once (the size of the
 * connection pool, so tasks queue here rather than inside Hikari), and delivers results, errors and
 * progress on the FX thread (the rules, cancellation and "latest only" are {@link ExecutorTaskRunner}'s).
 */
public final class FxTaskRunner extends ExecutorTaskRunner implements AutoCloseable {

    private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);
    private final ExecutorService executor;
    private final Semaphore permits;

    public FxTaskRunner(int permits) {
        this(Executors.newVirtualThreadPerTaskExecutor(), new Semaphore(permits, true));
    }

    private FxTaskRunner(ExecutorService executor, Semaphore permits) {
        super(executor, Platform::runLater);
        this.executor = executor;
        this.permits = permits;
    }

    @Override
    protected void before() throws InterruptedException {
        permits.acquire();
    }

    @Override
    protected void after() {
        permits.release();
    }

    /**
     * Lets running work finish for a moment before interrupting it: at exit that is the logout
     * closing the session's pool, which an interrupt would cut half-way (and Hikari warn about).
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
