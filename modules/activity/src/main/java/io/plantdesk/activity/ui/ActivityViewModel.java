package io.plantdesk.activity.ui;

import io.plantdesk.activity.ActivityService;
import io.plantdesk.activity.ActivitySummary;
import io.plantdesk.activity.ActivitySettings;
import io.plantdesk.activity.api.AuditEntry;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.widgets.LoadState;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Activity dashboard: a range of days, its figures, and the audit rows behind a chosen day. */
public final class ActivityViewModel {

    private final ActivityService service;
    private final TaskRunner tasks;
    private final IntegerProperty days = new SimpleIntegerProperty();
    private final ReadOnlyObjectWrapper<ActivitySummary> summary = new ReadOnlyObjectWrapper<>();
    private final LoadState load = new LoadState();
    private final ObjectProperty<OffsetDateTime> selectedDay = new SimpleObjectProperty<>();
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    /** The plant's zone, once known; written and read on the FX thread only. */
    private ZoneId zone;

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

    /** The figures and the plant's zone they were counted in. */
    private record Loaded(ZoneId zone, ActivitySummary summary) {
    }

    /**
     * Reloads the figures; a newer refresh replaces one still running (its result is dropped, so a
     * slow old answer never overwrites a newer range).
     */
    public void refresh() {
        if (summary.get() == null) {
            load.loading();
        }
        int n = days.get();
        ZoneId known = zone; // read here, on the FX thread; the worker only returns what it found
        tasks.latest("activity.summary", () -> {
            ZoneId z = known != null ? known : service.plantZone();
            return new Loaded(z, service.lastDays(n, z));
        }, loaded -> {
            zone = loaded.zone();
            summary.set(loaded.summary());
            load.loaded(loaded.summary().total() == 0);
        }, load::failed);
        if (selectedDay.get() != null) {
            showDay(selectedDay.get());
        }
    }

    /** Loads the audit rows of one day (a click on its bar); a newer click replaces an older one. */
    public void showDay(OffsetDateTime dayStart) {
        selectedDay.set(dayStart);
        OffsetDateTime end = dayStart.atZoneSameInstant(zone == null ? ZoneId.of("UTC") : zone).plusDays(1).toOffsetDateTime();
        tasks.latest("activity.entries", () -> service.entries(dayStart, end, null, null, 0), entries::setAll,
                e -> entries.clear());
    }

    public IntegerProperty daysProperty() {
        return days;
    }

    public ReadOnlyObjectProperty<ActivitySummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public LoadState load() {
        return load;
    }

    public ObjectProperty<OffsetDateTime> selectedDayProperty() {
        return selectedDay;
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }
}
