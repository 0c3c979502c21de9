package io.plantdesk.platform.tasks;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one implementation of {@link TaskRunner}'s rules: work goes to {@code work}, every callback
 * to {@code callbacks} (the FX thread's {@code Platform::runLater} in the app, the calling thread in
 * tests), and a callback runs only if its task was not cancelled by the time it gets there.
 */
public class ExecutorTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorTaskRunner.class);

    private final Executor work;
    private final Executor callbacks;
    private final Map<String, Task> latest = new ConcurrentHashMap<>();

    public ExecutorTaskRunner(Executor work, Executor callbacks) {
        this.work = work;
        this.callbacks = callbacks;
    }

    /** One task: its cancel flag is checked on the callback thread right before each callback. */
    private final class Task implements Handle, Progress {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicBoolean done = new AtomicBoolean();
        private final AtomicReference<Thread> worker = new AtomicReference<>();
        private Consumer<Step> onProgress = s -> {};

        @Override
        public void cancel() {
            if (cancelled.compareAndSet(false, true)) {
                Thread t = worker.get();
                if (t != null && t != Thread.currentThread()) {
                    t.interrupt();
                }
            }
        }

        @Override
        public boolean isDone() {
            return done.get() || cancelled.get();
        }

        @Override
        public boolean cancelled() {
            return cancelled.get();
        }

        @Override
        public void report(double fraction, String message) {
            deliver(() -> onProgress.accept(new Step(fraction, message)));
        }

        void deliver(Runnable callback) {
            callbacks.execute(() -> {
                if (!cancelled.get()) {
                    callback.run();
                }
            });
        }
    }

    @Override
    public <T> Handle run(
            String name, Callable<T> job, Consumer<? super T> onSuccess, Consumer<? super Throwable> onError) {
        return start(name, new Task(), p -> job.call(), onSuccess, onError);
    }

    @Override
    public <T> Handle run(
            String name,
            Work<T> job,
            Consumer<Step> onProgress,
            Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onError) {
        Task task = new Task();
        task.onProgress = onProgress;
        return start(name, task, job, onSuccess, onError);
    }

    @Override
    public <T> Handle latest(
            String key, Callable<T> job, Consumer<? super T> onSuccess, Consumer<? super Throwable> onError) {
        Task task = new Task();
        Task older = latest.put(key, task);
        if (older != null) {
            older.cancel();
        }
        return start(
                key,
                task,
                p -> job.call(),
                r -> {
                    latest.remove(key, task);
                    onSuccess.accept(r);
                },
                e -> {
                    latest.remove(key, task);
                    onError.accept(e);
                });
    }

    private <T> Task start(
            String name, Task task, Work<T> job, Consumer<? super T> onSuccess, Consumer<? super Throwable> onError) {
        work.execute(() -> {
            if (task.cancelled()) {
                return;
            }
            task.worker.set(Thread.currentThread());
            try {
                before();
                T result;
                try {
                    result = job.call(task);
                } finally {
                    after();
                }
                task.done.set(true);
                task.deliver(() -> onSuccess.accept(result));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                task.done.set(true); // cancelled or closing: nobody waits for an answer
            } catch (Exception | Error e) {
                task.done.set(true);
                if (!task.cancelled()) {
                    LOG.debug("Task {} failed", name, e);
                }
                task.deliver(() -> onError.accept(e));
            } finally {
                task.worker.set(null);
            }
        });
        return task;
    }

    /** Called on the worker before the work (the FX runner waits for a permit here). */
    protected void before() throws InterruptedException {}

    /** Called on the worker after the work, however it ended. */
    protected void after() {}
}
