package io.plantdesk.app.shell;

import io.plantdesk.platform.session.ConnectionCheck;
import io.plantdesk.platform.session.Session;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.platform.rollup.DataVersionWatcher;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.theme.UiMode;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: which screens this person may open, which is open, Desk/Floor, the
 * theme, and whether the server answers (checked every few seconds, off the FX thread).
 */
public final class ShellViewModel {

    private final Session session;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Messages m;
    private final DataVersionWatcher watcher;
    private final LiveRefresh live;
    /** When the server stopped answering, for "offline since"; null while online. */
    private String offlineSince;
    private final ObservableList<Feature> features = FXCollections.observableArrayList();
    private final ObjectProperty<Feature> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<UiMode> mode = new SimpleObjectProperty<>(UiMode.DESK);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper connectionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper serverVersion = new ReadOnlyStringWrapper("");
    private boolean checking;

    public ShellViewModel(Session session, List<Feature> all, TaskRunner tasks, Clock clock, Messages m, UiMode mode,
                          boolean dark, DataVersionWatcher watcher, LiveRefresh live) {
        this.m = m;
        this.watcher = watcher;
        this.live = live;
        this.session = session;
        this.tasks = tasks;
        this.clock = clock;
        all.stream().filter(f -> f.allows(session.role())).forEach(features::add);
        if (!features.isEmpty()) {
            selected.set(features.getFirst());
        }
        this.mode.set(mode);
        this.dark.set(dark);
        connectionText.set(where());
    }

    /** Desk mode polls every 10 s, Floor mode every 2 s (DESIGN.md section 6). */
    public double pollSeconds() {
        return mode.get() == UiMode.FLOOR ? 2 : 10;
    }

    /** What one poll found: whether the server answers, and which data domains changed. */
    private record Poll(boolean alive, Set<String> changed) {
    }

    /**
     * One poll, at most one at a time: is the server there, and which domains changed since the
     * last poll (one indexed read of core.data_version); views of changed domains refresh.
     */
    public void checkConnection() {
        if (checking) {
            return;
        }
        checking = true;
        tasks.run("poll", () -> {
            boolean alive = ConnectionCheck.isAlive(session);
            return new Poll(alive, alive ? watcher.poll() : Set.of());
        }, poll -> {
            checking = false;
            boolean alive = poll.alive();
            live.fire(poll.changed());
            online.set(alive);
            if (alive) {
                offlineSince = null;
                connectionText.set(where());
            } else {
                if (offlineSince == null) {
                    offlineSince = LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm"));
                }
                connectionText.set(m.get("shell.offline", offlineSince, where()));
            }
        }, e -> checking = false);
    }

    public void loadServerVersion() {
        tasks.run("server version", () -> ConnectionCheck.serverVersion(session), serverVersion::set, e -> { });
    }

    private String where() {
        var p = session.profile();
        return p.host() + ":" + p.port() + "/" + p.database();
    }

    public String windowTitle() {
        return m.get("window.shell", session.tenantName(), session.profile().environment().name());
    }

    public Session session() {
        return session;
    }

    public ObservableList<Feature> features() {
        return features;
    }

    public ObjectProperty<Feature> selectedProperty() {
        return selected;
    }

    public ObjectProperty<UiMode> modeProperty() {
        return mode;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectionTextProperty() {
        return connectionText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty serverVersionProperty() {
        return serverVersion.getReadOnlyProperty();
    }
}
