package io.plantdesk.activity.ui;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.activity.ActivityService;
import io.plantdesk.activity.ActivitySummary;
import io.plantdesk.activity.ActivitySettings;
import io.plantdesk.activity.api.AuditEntry;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.platform.tasks.TaskRunner;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Activity dashboard: a range of days, its figures, and the audit rows behind a chosen day. */
public final class ActivityViewModel {

    public enum State { LOADING, CONTENT, EMPTY, ERROR }

    private final ActivityService service;
    private final TaskRunner tasks;
    private final IntegerProperty days = new SimpleIntegerProperty();
    private final ReadOnlyObjectWrapper<ActivitySummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObjectProperty<OffsetDateTime> selectedDay = new SimpleObjectProperty<>();
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private ZoneId zone;
    private boolean loading;
    private boolean again;

    /** @param settings the activity section of the settings file: the range picked last time is picked again */
    public ActivityViewModel(ActivityService service, TaskRunner tasks, SectionSettings settings) {
        this.service = service;
        this.tasks = tasks;
        days.set(settings.getInt(ActivitySettings.DAYS));
        days.addListener((o, a, b) -> {
            refresh();
            String value = String.valueOf(b.intValue());
            tasks.run("remember the activity range", () -> {
                settings.put(ActivitySettings.DAYS, value);
                return null;
            }, ok -> { }, e -> { }); // a range not remembered is no reason to bother anyone
        });
    }

    /** Reloads the figures; a refresh asked for while one runs is done once, right after it. */
    public void refresh() {
        if (loading) {
            again = true;
            return;
        }
        loading = true;
        if (summary.get() == null) {
            state.set(State.LOADING);
        }
        int n = days.get();
        tasks.run("activity", () -> {
            if (zone == null) {
                zone = service.plantZone();
            }
            return service.lastDays(n, zone);
        }, s -> {
            summary.set(s);
            state.set(s.total() == 0 ? State.EMPTY : State.CONTENT);
            done();
        }, e -> {
            error.set(e instanceof PlantdeskException p ? p.fullMessage() : String.valueOf(e.getMessage()));
            state.set(State.ERROR);
            done();
        });
        if (selectedDay.get() != null) {
            showDay(selectedDay.get());
        }
    }

    private void done() {
        loading = false;
        if (again) {
            again = false;
            refresh();
        }
    }

    /** Loads the audit rows of one day (a click on its bar). */
    public void showDay(OffsetDateTime dayStart) {
        selectedDay.set(dayStart);
        OffsetDateTime end = dayStart.atZoneSameInstant(zone == null ? ZoneId.of("UTC") : zone).plusDays(1).toOffsetDateTime();
        tasks.run("activity entries", () -> service.entries(dayStart, end, null, null, 0), entries::setAll,
                e -> entries.clear());
    }

    public IntegerProperty daysProperty() {
        return days;
    }

    public ReadOnlyObjectProperty<ActivitySummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObjectProperty<OffsetDateTime> selectedDayProperty() {
        return selectedDay;
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }
}
