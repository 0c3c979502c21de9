package io.plantdesk.app.shell;

import io.plantdesk.platform.rollup.DataVersionWatcher;
import io.plantdesk.platform.session.ConnectionCheck;
import io.plantdesk.platform.session.Session;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.theme.UiMode;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
    /** When the data on screen was last known current (the last poll that reached the server). */
    private String freshAt;

    private final EmbeddedSupervisor supervisor;
    private boolean restarting;
    /**
     * Counts finished restarts: a probe or poll that began before the latest one reports on the
     * old server, and acting on it would stop the fresh one (a slow start under load looped so).
     */
    private int restarts;

    private final ReadOnlyObjectWrapper<Outage> outage = new ReadOnlyObjectWrapper<>(Outage.NONE);
    private final ReadOnlyStringWrapper bannerTitle = new ReadOnlyStringWrapper("");
    /** While offline: when the data on screen was last known fresh (the screens' "Shown as of" marker); else null. */
    private final ReadOnlyObjectWrapper<Instant> shownAsOf = new ReadOnlyObjectWrapper<>();

    private Instant freshInstant;
    private final ReadOnlyStringWrapper bannerDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper diskWarning = new ReadOnlyStringWrapper("");
    /** Where the disk warning comes from: the embedded server's disk, or nothing for a remote server. */
    private Supplier<Optional<String>> disk;

    private boolean checkingDisk;
    private final ObservableList<Feature> features = FXCollections.observableArrayList();
    private final ObjectProperty<Feature> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<UiMode> mode = new SimpleObjectProperty<>(UiMode.DESK);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper connectionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper serverVersion = new ReadOnlyStringWrapper("");
    private boolean checking;
    /** The probe has its own flag: a full poll stuck in the pool's connect timeout must not delay it. */
    private boolean probing;

    public ShellViewModel(
            Session session,
            List<Feature> all,
            TaskRunner tasks,
            Clock clock,
            Messages m,
            UiMode mode,
            boolean dark,
            DataVersionWatcher watcher,
            LiveRefresh live,
            EmbeddedSupervisor supervisor) {
        this.supervisor = supervisor;
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
        this.disk = supervisor != null && session.profile().embedded() ? supervisor::diskWarning : Optional::empty;
    }

    /** The disk is measured once a minute: it fills slowly, and the call touches the file system. */
    public double diskSeconds() {
        return 60;
    }

    /**
     * Measures the embedded database's disk off the FX thread and shows its sentence (empty when
     * there is room); a failed measurement keeps the last sentence rather than guess.
     */
    public void checkDisk() {
        if (checkingDisk) {
            return;
        }
        checkingDisk = true;
        tasks.run(
                "disk",
                () -> disk.get().orElse(""),
                w -> {
                    checkingDisk = false;
                    diskWarning.set(w);
                },
                e -> checkingDisk = false);
    }

    /** For tests: measure another disk than the embedded server's. */
    void diskSource(Supplier<Optional<String>> source) {
        this.disk = source;
    }

    public ReadOnlyStringProperty diskWarningProperty() {
        return diskWarning.getReadOnlyProperty();
    }

    /** Desk mode polls every 10 s, Floor mode every 2 s (DESIGN.md section 6). */
    public double pollSeconds() {
        return mode.get() == UiMode.FLOOR ? 2 : 10;
    }

    /** The connection is probed every second, so a lost server shows within 3 s in either mode. */
    public double probeSeconds() {
        return 1;
    }

    /** Why the data on screen may be out of date; each says what is true, and what happens next. */
    public enum Outage {
        NONE,
        /** The embedded PostgreSQL on this computer stopped; the app restarts it. */
        LOCAL_STOPPED,
        /** A restart of the embedded PostgreSQL failed; the next is due after a backoff. */
        LOCAL_FAILED,
        /** Nothing answers at the profile's host and port. */
        UNREACHABLE,
        /** The server answers but refuses this person's login (password changed, role disabled). */
        REFUSED
    }

    /** What one poll found: whether the server answers, and which data domains changed. */
    private record Poll(Outage outage, Set<String> changed) {}

    /**
     * The cheap check every second: a TCP connect to the server. Only decides offline; coming
     * back online is left to the full poll, which proves the login still works.
     */
    public void probe() {
        if (probing || restarting) {
            return;
        }
        probing = true;
        int before = restarts;
        tasks.run(
                "probe",
                () -> ConnectionProbe.listening(session.profile()),
                up -> {
                    probing = false;
                    if (!up && (before != restarts || restarting)) {
                        return; // about a server that has been replaced meanwhile
                    }
                    if (!up) {
                        goOffline(session.profile().embedded() ? Outage.LOCAL_STOPPED : Outage.UNREACHABLE);
                    } else if (outage.get() != Outage.NONE && outage.get() != Outage.REFUSED) {
                        checkConnection();
                    }
                },
                e -> probing = false);
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
        int before = restarts;
        tasks.run(
                "poll",
                () -> {
                    if (!ConnectionProbe.listening(session.profile())) {
                        return new Poll(
                                session.profile().embedded() ? Outage.LOCAL_STOPPED : Outage.UNREACHABLE, Set.of());
                    }
                    try {
                        return new Poll(Outage.NONE, watcher.poll());
                    } catch (RuntimeException e) {
                        return new Poll(
                                refused(e)
                                        ? Outage.REFUSED
                                        : session.profile().embedded() ? Outage.LOCAL_STOPPED : Outage.UNREACHABLE,
                                Set.of());
                    }
                },
                poll -> {
                    checking = false;
                    if (poll.outage() == Outage.NONE) {
                        boolean wasOffline = outage.get() != Outage.NONE;
                        goOnline();
                        // Back after an outage: every screen reloads, whatever changed meanwhile.
                        if (wasOffline) {
                            live.fireAll();
                        } else {
                            live.fire(poll.changed());
                        }
                    } else if (before == restarts && !restarting) {
                        goOffline(poll.outage());
                    }
                },
                e -> checking = false);
    }

    /** F5: every open screen reloads now. */
    public void refreshAll() {
        live.fireAll();
        checkConnection();
    }

    private static boolean refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("28")) {
                return true;
            }
        }
        return false;
    }

    private void goOnline() {
        outage.set(Outage.NONE);
        online.set(true);
        offlineSince = null;
        freshAt = now();
        freshInstant = clock.instant();
        shownAsOf.set(null);
        connectionText.set(where());
        bannerTitle.set("");
        bannerDetail.set("");
        if (supervisor != null && session.profile().embedded()) {
            supervisor.answered();
        }
    }

    private void goOffline(Outage why) {
        if (offlineSince == null) {
            offlineSince = now();
        }
        if (shownAsOf.get() == null) {
            shownAsOf.set(freshInstant == null ? clock.instant() : freshInstant);
        }
        online.set(false);
        if (outage.get() == Outage.LOCAL_FAILED && why == Outage.LOCAL_STOPPED) {
            why = Outage.LOCAL_FAILED; // still down after a failed restart: keep saying why
        }
        outage.set(why);
        connectionText.set(m.get("shell.offline", offlineSince, where()));
        describe(why, null);
        if ((why == Outage.LOCAL_STOPPED || why == Outage.LOCAL_FAILED)
                && supervisor != null
                && !restarting
                && supervisor.due()) {
            restart();
        }
    }

    /** Restarts the embedded server off the FX thread; the banner says so while it happens. */
    private void restart() {
        restarting = true;
        describe(
                Outage.LOCAL_STOPPED,
                m.get("offline.local.restarting", supervisor.status().failures() + 1));
        tasks.run(
                "restart embedded",
                supervisor::restartIfDue,
                status -> {
                    restarting = false;
                    restarts++;
                    if (status.lastError().isPresent()) {
                        outage.set(Outage.LOCAL_FAILED);
                        describe(Outage.LOCAL_FAILED, null);
                    } else {
                        checkConnection();
                    }
                },
                e -> restarting = false);
    }

    private void describe(Outage why, String override) {
        String stale = m.get("offline.stale", freshAt == null ? offlineSince : freshAt);
        switch (why) {
            case LOCAL_STOPPED -> {
                bannerTitle.set(m.get("offline.local.title"));
                bannerDetail.set((override == null ? m.get("offline.local.detail") : override) + " " + stale);
            }
            case LOCAL_FAILED -> {
                var st = supervisor == null ? null : supervisor.status();
                String reason = st == null
                        ? ""
                        : st.lastError().map(e -> e.fullMessage()).orElse("");
                long secs = st == null
                        ? 0
                        : Math.max(
                                1,
                                Duration.between(clock.instant(), st.nextAttempt())
                                        .toSeconds());
                bannerTitle.set(m.get("offline.local.failed.title"));
                bannerDetail.set(m.get("offline.local.failed.detail", reason, secs) + " " + stale);
            }
            case UNREACHABLE -> {
                bannerTitle.set(m.get("offline.remote.title", where()));
                bannerDetail.set(m.get("offline.remote.detail") + " " + stale);
            }
            case REFUSED -> {
                bannerTitle.set(m.get("offline.refused.title"));
                bannerDetail.set(m.get("offline.refused.detail") + " " + stale);
            }
            case NONE -> {
                bannerTitle.set("");
                bannerDetail.set("");
            }
        }
    }

    private String now() {
        return LocalTime.now(clock).format(DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM));
    }

    public void loadServerVersion() {
        tasks.run("server version", () -> ConnectionCheck.serverVersion(session), serverVersion::set, e -> {});
    }

    private String where() {
        var p = session.profile();
        return p.embedded() ? m.get("shell.where.local") : p.host() + ":" + p.port() + "/" + p.database();
    }

    public String windowTitle() {
        return m.get(
                "window.shell",
                session.tenantName(),
                session.profile().environment().name());
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

    public ReadOnlyObjectProperty<Outage> outageProperty() {
        return outage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> shownAsOfProperty() {
        return shownAsOf.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerTitleProperty() {
        return bannerTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerDetailProperty() {
        return bannerDetail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty serverVersionProperty() {
        return serverVersion.getReadOnlyProperty();
    }
}
