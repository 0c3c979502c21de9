package io.plantdesk.platform.tasks;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work (database, files, network) off the UI thread and hands the result back where
 * the caller lives. The JavaFX implementation is in ui-kit; tests of view models use
 * {@link #sameThread()}, which needs no toolkit.
 */
public interface TaskRunner {

    /** A running task; cancelling interrupts the work if it has not finished. */
    interface Handle {
        void cancel();

        boolean isDone();
    }

    <T> Handle run(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onError);

    /** Runs the work at once on the calling thread. */
    static TaskRunner sameThread() {
        return new TaskRunner() {
            @Override
            public <T> Handle run(String name, Callable<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onError) {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onError.accept(e);
                }
                return new Handle() {
                    @Override
                    public void cancel() {
                        // already done
                    }

                    @Override
                    public boolean isDone() {
                        return true;
                    }
                };
            }
        };
    }
}
