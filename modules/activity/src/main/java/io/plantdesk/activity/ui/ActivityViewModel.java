package io.plantdesk.activity.ui;

import io.plantdesk.activity.ActivityService;
import io.plantdesk.activity.ActivitySettings;
import io.plantdesk.activity.ActivitySummary;
import io.plantdesk.activity.api.AuditEntry;
import io.plantdesk.platform.people.PeopleService;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.widgets.LoadState;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final PeopleService people;
    private final IntegerProperty days = new SimpleIntegerProperty();
    private final ReadOnlyObjectWrapper<ActivitySummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AuditSentences.Names> names =
            new ReadOnlyObjectWrapper<>(AuditSentences.Names.none());
    /** Every day of the range, days without changes as zero: a chart must not drop them silently. */
    private final ReadOnlyObjectWrapper<List<ActivitySummary.Count>> everyDay = new ReadOnlyObjectWrapper<>(List.of());

    private final LoadState load = new LoadState();
    private final ObjectProperty<OffsetDateTime> selectedDay = new SimpleObjectProperty<>();
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    /** The plant's zone, once known; written and read on the FX thread only. */
    private ZoneId zone;

    /**
     * @param people   who is who, so that the sentences name people instead of login roles
     * @param settings the activity section of the settings file: the range picked last time is picked again
     */
    public ActivityViewModel(
            ActivityService service, TaskRunner tasks, PeopleService people, SectionSettings settings) {
        this.service = service;
        this.tasks = tasks;
        this.people = people;
        days.set(settings.getInt(ActivitySettings.DAYS));
        days.addListener((o, a, b) -> {
            refresh();
            String value = String.valueOf(b.intValue());
            tasks.run(
                    "remember the activity range",
                    () -> {
                        settings.put(ActivitySettings.DAYS, value);
                        return null;
                    },
                    ok -> {},
                    e -> {}); // a range not remembered is no reason to bother anyone
        });
    }

    /** What one refresh loads: the plant's zone, the figures, who is who, and every day of the range. */
    private record Loaded(
            ZoneId zone, ActivitySummary summary, AuditSentences.Names names, List<ActivitySummary.Count> everyDay) {}

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
        tasks.latest(
                "activity.summary",
                () -> {
                    ZoneId z = known != null ? known : service.plantZone();
                    ActivitySummary s = service.lastDays(n, z);
                    LocalDate today = LocalDate.now(z);
                    return new Loaded(z, s, names(), everyDay(s.perDay(), today.minusDays(n - 1L), n, z));
                },
                loaded -> {
                    zone = loaded.zone();
                    names.set(loaded.names());
                    everyDay.set(loaded.everyDay());
                    summary.set(loaded.summary());
                    load.loaded(loaded.summary().total() == 0);
                },
                load::failed);
        if (selectedDay.get() != null) {
            showDay(selectedDay.get());
        }
    }

    /** Loads the audit rows of one day (a click on its bar); a newer click replaces an older one. */
    public void showDay(OffsetDateTime dayStart) {
        selectedDay.set(dayStart);
        OffsetDateTime end = dayStart.atZoneSameInstant(zone == null ? ZoneId.of("UTC") : zone)
                .plusDays(1)
                .toOffsetDateTime();
        tasks.latest(
                "activity.entries",
                () -> service.entries(dayStart, end, null, null, 0),
                entries::setAll,
                e -> entries.clear());
    }

    /** Login role and row id to name, for the sentences; the whole plant's people (hundreds at most). */
    private AuditSentences.Names names() {
        if (people == null) {
            return AuditSentences.Names.none();
        }
        Map<String, String> byLogin = new HashMap<>();
        Map<String, String> byId = new HashMap<>();
        for (var p : people.page(0, 10_000).people()) {
            byLogin.put(p.loginRole(), p.displayName());
            byId.put(p.id().toString(), p.displayName());
        }
        return new AuditSentences.Names(byLogin, byId);
    }

    /** The {@code days} days from {@code first}, each with its count or zero, oldest first. */
    static List<ActivitySummary.Count> everyDay(
            List<ActivitySummary.Count> perDay, LocalDate first, int days, ZoneId zone) {
        Map<LocalDate, Long> counts = new HashMap<>();
        perDay.forEach(c -> counts.merge(c.day().atZoneSameInstant(zone).toLocalDate(), c.changes(), Long::sum));
        List<ActivitySummary.Count> out = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate d = first.plusDays(i);
            out.add(new ActivitySummary.Count(
                    d.toString(), d.atStartOfDay(zone).toOffsetDateTime(), counts.getOrDefault(d, 0L)));
        }
        return out;
    }

    public ReadOnlyObjectProperty<AuditSentences.Names> namesProperty() {
        return names.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<ActivitySummary.Count>> everyDayProperty() {
        return everyDay.getReadOnlyProperty();
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
