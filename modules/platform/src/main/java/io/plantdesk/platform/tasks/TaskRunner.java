package io.plantdesk.platform.tasks;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work (database, files, network) off the UI thread and hands every callback back
 * where the caller lives (the FX thread in the app). The JavaFX implementation is in ui-kit; tests
 * of view models use {@link #sameThread()}, which needs no toolkit.
 *
 * <p>A cancelled task's callbacks never run, whatever point the work had reached: a view model can
 * cancel and forget. {@link #latest} does that for a key: a newer request for the same key cancels
 * the older one and drops its result, so a slow old answer never overwrites a newer one.
 */
public interface TaskRunner {

    /** A running task; cancelling interrupts the work if it has not finished and silences its callbacks. */
    interface Handle {
        void cancel();

        boolean isDone();
    }

    /** Where long work reports how far it got; safe to call from the worker, delivered where the caller lives. */
    interface Progress {
        /**
         * @param fraction 0 to 1, or negative when unknown
         * @param message  what is being done, already in the person's language
         */
        void report(double fraction, String message);

        /** True once the task was cancelled: long work checks it between steps and stops. */
        boolean cancelled();
    }

    /** Work that reports its progress. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** A progress report, as delivered to the caller's thread. */
    record Step(double fraction, String message) {}

    <T> Handle run(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onError);

    /** Long work with progress: {@code onProgress} runs where the caller lives, never after a cancel. */
    <T> Handle run(
            String name,
            Work<T> work,
            Consumer<Step> onProgress,
            Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onError);

    /**
     * Like {@link #run(String, Callable, Consumer, Consumer)}, but first cancels the task still
     * running under the same {@code key} (its callbacks never run): "latest only".
     */
    <T> Handle latest(String key, Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onError);

    /** Runs the work at once on the calling thread, callbacks too: for view-model tests without a toolkit. */
    static TaskRunner sameThread() {
        return new ExecutorTaskRunner(Runnable::run, Runnable::run);
    }
}
