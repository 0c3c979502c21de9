package io.plantdesk.app.shell;

import io.plantdesk.platform.outbox.FloorSync;
import io.plantdesk.platform.outbox.OutboxStatus;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import java.time.Clock;
import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's outbox item: how many floor actions wait for the server and how old the
 * oldest is, and how many the server refused (they need the person, in the Sync panel). Counted
 * off the FX thread on the shell's one-second tick, so the age keeps moving while offline.
 */
public final class SyncStatus {

    private final FloorSync sync;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Messages m;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper attention = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private boolean counting;

    public SyncStatus(FloorSync sync, TaskRunner tasks, Clock clock, Messages m) {
        this.sync = sync;
        this.tasks = tasks;
        this.clock = clock;
        this.m = m;
    }

    public FloorSync sync() {
        return sync;
    }

    /** Counts again (at most one count at a time). */
    public void tick() {
        if (counting) {
            return;
        }
        counting = true;
        tasks.run(
                "outbox status",
                sync::status,
                s -> {
                    counting = false;
                    problem.set("");
                    show(s);
                },
                e -> {
                    counting = false;
                    // The file could not be opened or read: say so, never a silent zero.
                    problem.set(ErrorText.of(e));
                    text.set(m.get("sync.broken"));
                    attention.set(true);
                });
    }

    /** The server answers again: deliver now rather than at the next backoff. */
    public void serverBack() {
        sync.reachable(true);
        tick();
    }

    /** The shell's probe lost the server: floor actions go straight to the outbox until it is back. */
    public void serverGone() {
        sync.reachable(false);
    }

    void show(OutboxStatus s) {
        String waiting = s.pending() == 0
                ? m.get("sync.clear")
                : m.get(
                        "sync.pending",
                        s.pending(),
                        age(Duration.between(s.oldest().orElseThrow(), clock.instant())));
        text.set(s.rejected() == 0 ? waiting : waiting + " · " + m.get("sync.rejected", s.rejected()));
        attention.set(s.rejected() > 0);
    }

    /** "40 s", "12 min", "3 h 5 min": short enough for the status bar, read from across the floor. */
    String age(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return m.get("sync.age.seconds", s);
        }
        if (s < 3600) {
            return m.get("sync.age.minutes", s / 60);
        }
        return m.get("sync.age.hours", s / 3600, (s % 3600) / 60);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty attentionProperty() {
        return attention.getReadOnlyProperty();
    }

    /** Why the outbox cannot be read, when it cannot; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
