package io.plantdesk.operations.ui;

import io.plantdesk.platform.rollup.RollupJobStatus;
import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.platform.rollup.RollupScheduler;
import io.plantdesk.platform.rollup.RollupService;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Job states for the Operations view and the "run now" command with progress. */
public final class OperationsViewModel {

    private final RollupService service;
    private final RollupScheduler scheduler;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Messages m;
    private final ObservableList<RollupJobStatus> jobs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private AtomicBoolean cancel = new AtomicBoolean();

    public OperationsViewModel(
            RollupService service, RollupScheduler scheduler, TaskRunner tasks, Clock clock, Messages m) {
        this.m = m;
        this.service = service;
        this.scheduler = scheduler;
        this.tasks = tasks;
        this.clock = clock;
    }

    public void load() {
        tasks.latest(
                "rollup overview",
                service::overview,
                list -> {
                    jobs.setAll(list);
                    error.set("");
                },
                e -> error.set(ErrorText.of(e)));
    }

    /**
     * Runs a job until caught up, on the scheduler's own worker; progress and the outcome arrive
     * through the task runner (the FX thread in the app); cancellable between chunks.
     */
    public void runNow(String job) {
        if (running.get()) {
            return;
        }
        running.set(true);
        progress.set(-1);
        progressText.set(m.get("operations.running", job));
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        tasks.run(
                "run " + job,
                p -> scheduler
                        .runNow(
                                job,
                                r -> {
                                    int total = r.done() + r.remaining();
                                    p.report(
                                            total == 0 ? 1 : (double) r.done() / total,
                                            m.get("operations.progress", job, r.done(), total));
                                },
                                stop)
                        .join(),
                step -> {
                    progress.set(step.fraction());
                    progressText.set(step.message());
                },
                outcome -> finished(job, outcome, null),
                e -> finished(job, null, e));
    }

    private void finished(String job, RollupRunner.Outcome outcome, Throwable e) {
        running.set(false);
        progress.set(e == null ? 1 : 0);
        progressText.set(
                e != null
                        ? m.get("operations.failed", job, ErrorText.of(e))
                        : outcome.busy()
                                ? m.get("operations.busy", job)
                                : outcome.buckets() == 0
                                        ? m.get("operations.uptodate", job)
                                        : m.get("operations.done", job, outcome.buckets(), outcome.rowsRead()));
        load();
    }

    /** Stops a "run now" between chunks. */
    public void cancel() {
        cancel.set(true);
    }

    public Clock clock() {
        return clock;
    }

    public ObservableList<RollupJobStatus> jobs() {
        return jobs;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }
}
