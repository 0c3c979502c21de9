package io.plantdesk.ui.tasks;

import io.plantdesk.platform.tasks.TaskRunner;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
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

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
