package io.plantdesk.ui.tasks;

import io.plantdesk.platform.tasks.TaskRunner;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs blocking work on virtual threads, at most {@code permits} at once (the size of the
 * connection pool, so tasks queue here rather than inside Hikari), and delivers results on the
 * FX thread.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private static final java.time.Duration CLOSE_GRACE = java.time.Duration.ofSeconds(5);
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore permits;

    public FxTaskRunner(int permits) {
        this.permits = new Semaphore(permits, true);
    }

    @Override
    public <T> Handle run(String name, Callable<T> work, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onError) {
        Future<?> f = executor.submit(() -> {
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception | Error e) {
                LOG.debug("Task {} failed", name, e);
                Platform.runLater(() -> onError.accept(e));
            } finally {
                permits.release();
            }
        });
        return new Handle() {
            @Override
            public void cancel() {
                f.cancel(true);
            }

            @Override
            public boolean isDone() {
                return f.isDone();
            }
        };
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
