package io.plantdesk.app.activity.ui;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.activity.ActivityService;
import io.plantdesk.platform.activity.ActivitySummary;
import io.plantdesk.platform.activity.AuditEntry;
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
    private final IntegerProperty days = new SimpleIntegerProperty(30);
    private final ReadOnlyObjectWrapper<ActivitySummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObjectProperty<OffsetDateTime> selectedDay = new SimpleObjectProperty<>();
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final io.plantdesk.platform.people.PeopleService people;
    private final ReadOnlyObjectWrapper<io.plantdesk.ui.i18n.AuditSentences.Names> names =
            new ReadOnlyObjectWrapper<>(io.plantdesk.ui.i18n.AuditSentences.Names.none());
    /** Every day of the range, days without changes as zero: a chart must not drop them silently. */
    private final ReadOnlyObjectWrapper<java.util.List<ActivitySummary.Count>> everyDay =
            new ReadOnlyObjectWrapper<>(java.util.List.of());
    private ZoneId zone;
    private boolean loading;
    private boolean again;

    /** What one refresh loads: the figures, who is who (for names), and every day of the range. */
    private record Loaded(ActivitySummary summary, io.plantdesk.ui.i18n.AuditSentences.Names names,
                          java.util.List<ActivitySummary.Count> everyDay) {
    }

    public ActivityViewModel(ActivityService service, TaskRunner tasks, io.plantdesk.platform.people.PeopleService people) {
        this.people = people;
        this.service = service;
        this.tasks = tasks;
        days.addListener((o, a, b) -> refresh());
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
            ActivitySummary loaded = service.lastDays(n, zone);
            java.time.LocalDate today = java.time.LocalDate.now(zone);
            return new Loaded(loaded, names(), everyDay(loaded.perDay(), today.minusDays(n - 1L), n, zone));
        }, l -> {
            ActivitySummary s = l.summary();
            names.set(l.names());
            everyDay.set(l.everyDay());
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

    /** Login role and row id to name, for the sentences; the whole plant's people (hundreds at most). */
    private io.plantdesk.ui.i18n.AuditSentences.Names names() {
        if (people == null) {
            return io.plantdesk.ui.i18n.AuditSentences.Names.none();
        }
        java.util.Map<String, String> byLogin = new java.util.HashMap<>();
        java.util.Map<String, String> byId = new java.util.HashMap<>();
        for (var p : people.page(0, 10_000).people()) {
            byLogin.put(p.loginRole(), p.displayName());
            byId.put(p.id().toString(), p.displayName());
        }
        return new io.plantdesk.ui.i18n.AuditSentences.Names(byLogin, byId);
    }

    /** The {@code days} days from {@code first}, each with its count or zero, oldest first. */
    static java.util.List<ActivitySummary.Count> everyDay(java.util.List<ActivitySummary.Count> perDay, java.time.LocalDate first,
                                                          int days, ZoneId zone) {
        java.util.Map<java.time.LocalDate, Long> counts = new java.util.HashMap<>();
        perDay.forEach(c -> counts.merge(c.day().atZoneSameInstant(zone).toLocalDate(), c.changes(), Long::sum));
        java.util.List<ActivitySummary.Count> out = new java.util.ArrayList<>();
        for (int i = 0; i < days; i++) {
            java.time.LocalDate d = first.plusDays(i);
            out.add(new ActivitySummary.Count(d.toString(), d.atStartOfDay(zone).toOffsetDateTime(), counts.getOrDefault(d, 0L)));
        }
        return out;
    }

    public ReadOnlyObjectProperty<io.plantdesk.ui.i18n.AuditSentences.Names> namesProperty() {
        return names.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<java.util.List<ActivitySummary.Count>> everyDayProperty() {
        return everyDay.getReadOnlyProperty();
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
