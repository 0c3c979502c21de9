package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.FleetService;
import io.plantdesk.fleet.Garage;
import io.plantdesk.fleet.Reminder;
import io.plantdesk.fleet.ReminderDraft;
import io.plantdesk.fleet.ReminderService;
import io.plantdesk.fleet.Vehicle;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.LoadState;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The reminders list: every vehicle's or one vehicle's, open ones or with the done ones too; the
 * commands that plan, edit, mark done (the next occurrence appears) and delete; the garage calendar
 * export. All I/O through the TaskRunner; fields written on the FX thread only.
 */
public final class RemindersViewModel {

    private final FleetService fleet;
    private final ReminderService reminders;
    private final TaskRunner tasks;
    private final Messages m;
    private final LoadState load = new LoadState();
    private final ObservableList<Reminder> rows = FXCollections.observableArrayList();
    private final ObservableList<Vehicle> vehicles = FXCollections.observableArrayList();
    private final ObservableList<Garage> garages = FXCollections.observableArrayList();
    private final ObjectProperty<Vehicle> vehicle = new SimpleObjectProperty<>();
    private final BooleanProperty withDone = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private ZoneId zone = ZoneId.systemDefault();

    public RemindersViewModel(FleetService fleet, ReminderService reminders, TaskRunner tasks, Messages m) {
        this.fleet = fleet;
        this.reminders = reminders;
        this.tasks = tasks;
        this.m = m;
        vehicle.addListener((o, a, b) -> refresh());
        withDone.addListener((o, a, b) -> refresh());
    }

    private record Data(ZoneId zone, List<Vehicle> vehicles, List<Garage> garages, List<Reminder> rows) {}

    public void refresh() {
        if (rows.isEmpty()) {
            load.loading();
        }
        UUID only = vehicle.get() == null ? null : vehicle.get().id();
        boolean done = withDone.get();
        tasks.latest(
                "fleet.reminders",
                () -> new Data(fleet.plantZone(), fleet.vehicles(), fleet.garages(), reminders.list(only, done)),
                d -> {
                    zone = d.zone();
                    if (!sameIds(vehicles, d.vehicles())) {
                        vehicles.setAll(d.vehicles());
                    }
                    garages.setAll(d.garages());
                    rows.setAll(d.rows());
                    load.loaded(d.rows().isEmpty());
                },
                load::failed);
    }

    private static boolean sameIds(List<Vehicle> a, List<Vehicle> b) {
        return a.stream()
                .map(Vehicle::id)
                .toList()
                .equals(b.stream().map(Vehicle::id).toList());
    }

    /** Plans a new reminder or saves an edit; {@code done} gets the saved one, or empty on a conflict. */
    public void save(
            Reminder editing, ReminderDraft draft, Consumer<Optional<Reminder>> done, Consumer<Throwable> failed) {
        tasks.run(
                "save reminder",
                () -> editing == null
                        ? Optional.of(reminders.create(draft))
                        : reminders.save(editing.id(), editing.version(), draft),
                saved -> {
                    done.accept(saved);
                    refresh();
                },
                failed);
    }

    public void complete(
            Reminder r,
            LocalDate on,
            BigDecimal odometer,
            Consumer<Optional<ReminderService.Completion>> done,
            Consumer<Throwable> failed) {
        tasks.run(
                "complete reminder",
                () -> reminders.complete(r.id(), r.version(), on, odometer),
                c -> {
                    done.accept(c);
                    c.ifPresentOrElse(
                            x -> say(x.next()
                                    .map(n -> m.get(
                                            "reminders.done.next",
                                            r.title(),
                                            new ReminderText(m).due(n.dueOn(), n.dueOdometer(), n.odometerUnit())))
                                    .orElse(m.get("reminders.done", r.title()))),
                            () -> say(m.get("reminders.conflict")));
                    refresh();
                },
                failed);
    }

    public void delete(Reminder r) {
        tasks.run(
                "delete reminder",
                () -> reminders.delete(r.id(), r.version()),
                d -> {
                    say(d.isPresent() ? m.get("reminders.deleted", r.title()) : m.get("reminders.conflict"));
                    refresh();
                },
                e -> say(ErrorText.of(e)));
    }

    /** Writes the open reminders of a garage's vehicles (null: all) to {@code file} as a calendar. */
    public void export(Garage garage, Path file, Consumer<Path> done) {
        ReminderText text = new ReminderText(m);
        String name = garage == null ? m.get("reminders.calendar.all") : m.get("reminders.calendar", garage.name());
        busy.set(true);
        tasks.run(
                "export reminders",
                () -> {
                    ReminderService.CalendarFile ics = reminders.calendarFile(
                            garage == null ? null : garage.id(),
                            name,
                            r -> m.get("reminders.calendar.summary", r.plate(), r.title()),
                            r -> r.dueOdometer() == null
                                    ? r.notes()
                                    : m.get(
                                                    "reminders.calendar.description",
                                                    text.due(r.dueOn(), r.dueOdometer(), r.odometerUnit()),
                                                    r.notes() == null ? "" : r.notes())
                                            .strip());
                    Files.writeString(file, ics.text(), StandardCharsets.UTF_8);
                    return ics;
                },
                ics -> {
                    busy.set(false);
                    // A calendar needs a day: reminders due only by reading are left out, and the person is told.
                    say(m.get("reminders.exported", file.toString(), ics.events(), ics.withoutDay()));
                    done.accept(file);
                },
                e -> {
                    busy.set(false);
                    say(m.get("reminders.export.failed", ErrorText.of(e)));
                });
    }

    private void say(String text) {
        message.set(text);
    }

    public ObservableList<Reminder> rows() {
        return rows;
    }

    public ObservableList<Vehicle> vehicles() {
        return vehicles;
    }

    public ObservableList<Garage> garages() {
        return garages;
    }

    public ObjectProperty<Vehicle> vehicleProperty() {
        return vehicle;
    }

    public BooleanProperty withDoneProperty() {
        return withDone;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public LoadState load() {
        return load;
    }

    LocalDate today() {
        return LocalDate.now(zone);
    }
}
