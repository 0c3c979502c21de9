package io.plantdesk.migrations.ui;

import io.plantdesk.migrations.catalog.DriftReport;
import io.plantdesk.migrations.scripts.Script;
import io.plantdesk.migrations.service.EnvironmentHistory;
import io.plantdesk.migrations.service.MigrationProgress;
import io.plantdesk.migrations.service.MigrationService;
import io.plantdesk.migrations.service.OwnerLogins;
import io.plantdesk.migrations.tracker.HistoryCell;
import io.plantdesk.migrations.tracker.MigrationTracker;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Migrator;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The tracker's state for the screen: the environments, each one's history as it arrives (one
 * task per environment, so a slow or unreachable server never holds up the others), the grid rows,
 * and the actions, each run off the FX thread with its result or error handed back on it.
 */
public final class MigrationsViewModel {

    public enum State {
        LOADING,
        CONTENT,
        ERROR
    }

    /** What a dialog hears back from an action: progress on the FX thread, then done or failed. */
    public interface Listener<T> {
        default void step(String version, String description, int step, int total, boolean finished, long millis) {}

        /** A migration gave up on a lock (nothing kept) and runs again after {@code waitMillis}. */
        default void retrying(String version, int attempt, int attempts, long waitMillis, String reason) {}

        /** Every version ran; a repeatable script waits for a later version. */
        default void repeatableSkipped(String reason) {}

        void done(T result);

        void failed(Throwable error);
    }

    private final Supplier<MigrationService> serviceFactory;
    private final BiConsumer<String, String> saveScripts;
    private final OwnerLogins logins;
    private final TaskRunner tasks;
    private MigrationService service;
    private final ObservableList<ConnectionProfile> environments = FXCollections.observableArrayList();
    private final ObservableMap<String, EnvironmentHistory> histories = FXCollections.observableHashMap();
    private final ObservableList<GridRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scriptsLabel = new ReadOnlyStringWrapper("");
    private List<Script> scripts = List.of();

    /**
     * @param serviceFactory builds the service (may block: it sets up the demo environments); called off the FX thread
     * @param saveScripts    stores the script-location setting (a file write); called off the FX thread
     */
    public MigrationsViewModel(
            Supplier<MigrationService> serviceFactory,
            BiConsumer<String, String> saveScripts,
            OwnerLogins logins,
            TaskRunner tasks) {
        this.serviceFactory = serviceFactory;
        this.saveScripts = saveScripts;
        this.logins = logins;
        this.tasks = tasks;
    }

    /** Builds the service again (the script setting may have changed) and reads every environment. */
    public void load() {
        state.set(State.LOADING);
        tasks.run(
                "migration tracker",
                () -> {
                    MigrationService s = serviceFactory.get();
                    return new Loaded(s, s.scripts());
                },
                loaded -> {
                    service = loaded.service();
                    scripts = loaded.scripts();
                    scriptsLabel.set(ErrorText.render(service.scriptSet().label()));
                    histories.clear();
                    environments.setAll(service.environments());
                    rebuildRows();
                    state.set(State.CONTENT);
                    environments.forEach(this::refresh);
                },
                e -> {
                    error.set(ErrorText.of(e));
                    state.set(State.ERROR);
                });
    }

    /** Stores a new script location, then reads everything again with it. */
    public void useScripts(String folder, String historyTable) {
        state.set(State.LOADING);
        tasks.run(
                "script setting",
                () -> {
                    saveScripts.accept(folder, historyTable);
                    return null;
                },
                ok -> load(),
                e -> {
                    error.set(ErrorText.of(e));
                    state.set(State.ERROR);
                });
    }

    private record Loaded(MigrationService service, List<Script> scripts) {}

    /** Reads one environment's history again. */
    public void refresh(ConnectionProfile env) {
        MigrationService s = service;
        tasks.run(
                "history of " + env.name(),
                () -> s.history(env),
                h -> {
                    if (s == service) {
                        histories.put(env.name(), h);
                        rebuildRows();
                    }
                },
                e -> {});
    }

    public void refreshAll() {
        environments.forEach(this::refresh);
    }

    private void rebuildRows() {
        Map<String, GridRow> byVersion = new TreeMap<>(Migrator::compareVersions);
        for (Script s : scripts) {
            byVersion.put(s.version(), new GridRow(s.version(), s.description(), s, new LinkedHashMap<>()));
        }
        for (ConnectionProfile env : environments) {
            EnvironmentHistory h = histories.get(env.name());
            if (h == null || !h.readable()) {
                continue;
            }
            h.cells()
                    .forEach((v, cell) -> byVersion
                            .computeIfAbsent(v, k -> new GridRow(v, cell.description(), null, new LinkedHashMap<>()))
                            .cells()
                            .put(env.name(), cell));
        }
        rows.setAll(new ArrayList<>(byVersion.values()));
    }

    // ---- actions -----------------------------------------------------------------------------

    public void connect(ConnectionProfile env, String user, char[] password, Listener<Void> l) {
        run(
                "connect " + env.name(),
                () -> {
                    logins.connect(env, user, password);
                    return null;
                },
                l,
                () -> refresh(env));
    }

    public void plan(ConnectionProfile env, String target, Consumer<String> dryRun, Consumer<Throwable> failed) {
        tasks.run(
                "dry run",
                () -> MigrationService.dryRunText(env, service.plan(env, target), ErrorText::render),
                dryRun::accept,
                failed::accept);
    }

    public void migrate(ConnectionProfile env, String target, String typedName, Listener<List<String>> l) {
        run("migrate " + env.name(), () -> service.migrate(env, target, typedName, progress(l)), l, () -> refresh(env));
    }

    public void lastApplied(
            ConnectionProfile env, int n, Consumer<List<HistoryCell>> result, Consumer<Throwable> failed) {
        tasks.run("last applied", () -> service.lastApplied(env, n), result::accept, failed::accept);
    }

    /** @param reason why, for the rollback log beside the history (who and when it records itself) */
    public void rollback(ConnectionProfile env, int n, String typedName, String reason, Listener<List<String>> l) {
        run(
                "roll back " + env.name(),
                () -> service.rollback(env, n, typedName, reason, progress(l)),
                l,
                () -> refresh(env));
    }

    public void drift(ConnectionProfile env, Listener<DriftReport> l) {
        run("drift report " + env.name(), () -> service.drift(env), l, () -> {});
    }

    public void compare(ConnectionProfile first, ConnectionProfile second, Listener<DriftReport> l) {
        run("compare " + first.name() + " with " + second.name(), () -> service.compare(first, second), l, () -> {});
    }

    public void baseline(ConnectionProfile env, String version, String typedName, Listener<DriftReport> l) {
        run("baseline " + env.name(), () -> service.baseline(env, version, typedName), l, () -> refresh(env));
    }

    public void baselineCheck(ConnectionProfile env, String version, Listener<DriftReport> l) {
        run("baseline check " + env.name(), () -> service.baselineCheck(env, version), l, () -> {});
    }

    public void validate(ConnectionProfile env, Listener<List<String>> l) {
        run("validate " + env.name(), () -> service.validate(env), l, () -> {});
    }

    public void repair(ConnectionProfile env, String typedName, Listener<String> l) {
        run("repair " + env.name(), () -> ErrorText.render(service.repair(env, typedName)), l, () -> refresh(env));
    }

    /** The environment's applied tracker in the seed's text form, from its last read history. */
    public String export(ConnectionProfile env) {
        EnvironmentHistory h = histories.get(env.name());
        return h == null || !h.readable()
                ? ""
                : MigrationTracker.export(h.cells().values());
    }

    /** Writes the export to a file the person chose. */
    public void exportTo(ConnectionProfile env, Path file, Listener<Path> l) {
        String text = export(env);
        run(
                "export " + env.name(),
                () -> {
                    Files.writeString(file, text, StandardCharsets.UTF_8);
                    return file;
                },
                l,
                () -> {});
    }

    private <T> void run(String name, Callable<T> work, Listener<T> l, Runnable afterwards) {
        tasks.run(
                name,
                work,
                r -> {
                    afterwards.run();
                    l.done(r);
                },
                e -> {
                    afterwards.run();
                    l.failed(e);
                });
    }

    private static MigrationProgress progress(Listener<?> l) {
        return new MigrationProgress() {
            @Override
            public void started(int step, int total, String version, String description) {
                Platform.runLater(() -> l.step(version, description, step, total, false, 0));
            }

            @Override
            public void retrying(String version, int attempt, int attempts, long waitMillis, String reason) {
                Platform.runLater(() -> l.retrying(version, attempt, attempts, waitMillis, reason));
            }

            @Override
            public void repeatableSkipped(String reason) {
                Platform.runLater(() -> l.repeatableSkipped(reason));
            }

            @Override
            public void finished(int step, int total, String version, long millis) {
                Platform.runLater(() -> l.step(version, "", step, total, true, millis));
            }
        };
    }

    // ---- what the view reads -----------------------------------------------------------------

    public boolean isConnected(ConnectionProfile env) {
        return logins.isConnected(env);
    }

    public List<String> versions() {
        return scripts.stream().map(Script::version).toList();
    }

    /** How many migrations ran in an environment (the most a rollback can undo). */
    public int appliedCount(ConnectionProfile env) {
        EnvironmentHistory h = histories.get(env.name());
        return h == null || !h.readable()
                ? 0
                : (int) h.cells().values().stream()
                        .filter(HistoryCell::ranSuccessfully)
                        .count();
    }

    public ObservableList<ConnectionProfile> environments() {
        return environments;
    }

    public ObservableMap<String, EnvironmentHistory> histories() {
        return histories;
    }

    public ObservableList<GridRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scriptsLabelProperty() {
        return scriptsLabel.getReadOnlyProperty();
    }
}
