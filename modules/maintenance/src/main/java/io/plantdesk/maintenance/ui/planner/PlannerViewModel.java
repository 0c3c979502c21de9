package io.plantdesk.maintenance.ui.planner;

import io.plantdesk.maintenance.WorkOrder;
import io.plantdesk.maintenance.plan.Capacity;
import io.plantdesk.maintenance.plan.MoveResult;
import io.plantdesk.maintenance.plan.PlanCard;
import io.plantdesk.maintenance.plan.PlanTechnician;
import io.plantdesk.maintenance.plan.PlannerService;
import io.plantdesk.maintenance.plan.ShiftChoice;
import io.plantdesk.maintenance.plan.WeekPlan;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.LoadState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The planner's week: which week, its plan, and the moves and exports a planner makes. Every
 * database and file call goes through the TaskRunner; results come back on the FX thread, where
 * all fields are written.
 */
public final class PlannerViewModel {

    private final PlannerService service;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Messages m;
    private final ObjectProperty<LocalDate> monday = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<WeekPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsProblem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final LoadState load = new LoadState();
    /** The plant's zone once known (FX thread only). */
    private ZoneId zone;

    public PlannerViewModel(PlannerService service, TaskRunner tasks, Clock clock, Messages m) {
        this.service = service;
        this.tasks = tasks;
        this.clock = clock;
        this.m = m;
        monday.addListener((o, a, b) -> refresh());
    }

    /** Opens on the current week (in the plant's zone once known; the desk's until then). */
    public void start() {
        if (monday.get() == null) {
            monday.set(PlannerService.mondayOf(LocalDate.now(clock.withZone(zone == null ? clock.getZone() : zone))));
        } else {
            refresh();
        }
    }

    /** Reloads the week; a newer load replaces one still running. */
    public void refresh() {
        LocalDate week = monday.get();
        if (week == null) {
            return;
        }
        if (plan.get() == null || !plan.get().monday().equals(week)) {
            load.loading();
        }
        ZoneId known = zone;
        tasks.latest(
                "planner.week",
                () -> {
                    ZoneId z = known != null ? known : service.plantZone();
                    return service.week(week, z);
                },
                p -> {
                    zone = p.zone();
                    plan.set(p);
                    load.loaded(false);
                },
                load::failed);
    }

    public void previousWeek() {
        monday.set(monday.get().minusWeeks(1));
    }

    public void nextWeek() {
        monday.set(monday.get().plusWeeks(1));
    }

    public void thisWeek() {
        monday.set(PlannerService.mondayOf(LocalDate.now(clock.withZone(zone == null ? clock.getZone() : zone))));
    }

    /**
     * The rows of the calendar: the plan's people, then the unassigned row (null), always there so
     * a planner can drop a work order on it to unassign it.
     */
    public List<UUID> rows() {
        List<UUID> rows = new ArrayList<>();
        if (plan.get() != null) {
            plan.get().technicians().forEach(t -> rows.add(t.personId()));
        }
        rows.add(null);
        return rows;
    }

    /**
     * Moves a card from one row and day to another (a drop, or Alt+arrows). Same place: nothing.
     * A stale card or a refusal leaves a sentence and reloads the week.
     */
    public void move(UUID cardId, UUID fromPerson, UUID toPerson, int toDay) {
        WeekPlan p = plan.get();
        if (p == null || toDay < 0 || toDay >= WeekPlan.DAYS) {
            return;
        }
        PlanCard card = p.card(cardId).orElse(null);
        if (card == null || (Objects.equals(fromPerson, toPerson) && p.dayOf(card) == toDay)) {
            return;
        }
        LocalDate day = p.day(toDay);
        busy.set(true);
        tasks.run(
                "planner.move",
                () -> service.move(card, fromPerson, toPerson, day, p.zone()),
                r -> {
                    busy.set(false);
                    if (r instanceof MoveResult.Moved) {
                        say(m.get("planner.moved", card.number(), PlannerTexts.day(day), name(p, toPerson)), false);
                    } else {
                        MoveResult.Conflict c = (MoveResult.Conflict) r;
                        WorkOrder theirs = c.theirs();
                        say(
                                c.byName().isEmpty()
                                        ? m.get(
                                                "planner.conflict.someone",
                                                card.number(),
                                                PlannerTexts.time(theirs.updatedAt(), p.zone()))
                                        : m.get(
                                                "planner.conflict",
                                                card.number(),
                                                c.byName(),
                                                PlannerTexts.time(theirs.updatedAt(), p.zone())),
                                true);
                    }
                    refresh();
                },
                e -> {
                    busy.set(false);
                    say(ErrorText.of(e), true);
                    refresh();
                });
    }

    /** The keyboard's move: {@code days} left/right, {@code rowsDown} up/down from where the card is. */
    public void nudge(UUID cardId, UUID fromPerson, int days, int rowsDown) {
        WeekPlan p = plan.get();
        if (p == null) {
            return;
        }
        PlanCard card = p.card(cardId).orElse(null);
        if (card == null) {
            return;
        }
        List<UUID> rows = rows();
        int row = rows.indexOf(fromPerson) + rowsDown;
        int day = p.dayOf(card) + days;
        if (row < 0 || row >= rows.size() || day < 0 || day >= WeekPlan.DAYS) {
            return;
        }
        move(cardId, fromPerson, rows.get(row), day);
    }

    /** Writes one .ics per technician and one for the whole plan of the week into {@code dir}. */
    public void export(Path dir, Consumer<List<Path>> done) {
        WeekPlan p = plan.get();
        if (p == null) {
            return;
        }
        busy.set(true);
        PlanExport export = new PlanExport(m);
        tasks.run(
                "planner.export",
                () -> export.write(p, dir),
                files -> {
                    busy.set(false);
                    say(m.get("planner.exported", files.size(), dir.toString()), false);
                    done.accept(files);
                },
                e -> {
                    busy.set(false);
                    say(m.get("planner.export.failed", ErrorText.of(e)), true);
                });
    }

    /** The plant's shifts, for the capacity dialog. */
    public void shifts(Consumer<List<ShiftChoice>> then) {
        tasks.run("planner.shifts", service::shifts, then, e -> say(ErrorText.of(e), true));
    }

    /** Sets (or, with null, clears) a person's capacity; a refusal is a sentence. */
    public void setCapacity(UUID person, Capacity capacity) {
        tasks.run(
                "planner.capacity",
                () -> {
                    if (capacity == null) {
                        service.clearCapacity(person);
                    } else {
                        service.setCapacity(person, capacity);
                    }
                    return null;
                },
                ok -> {
                    say("", false);
                    refresh();
                },
                e -> say(ErrorText.of(e), true));
    }

    private String name(WeekPlan p, UUID person) {
        return person == null
                ? m.get("planner.unassigned")
                : p.technicians().stream()
                        .filter(t -> t.personId().equals(person))
                        .map(PlanTechnician::name)
                        .findFirst()
                        .orElse("");
    }

    private void say(String text, boolean problem) {
        message.set(text);
        messageIsProblem.set(problem);
    }

    public ObjectProperty<LocalDate> mondayProperty() {
        return monday;
    }

    public ReadOnlyObjectProperty<WeekPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsProblemProperty() {
        return messageIsProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public LoadState load() {
        return load;
    }

    public ZoneId zone() {
        return zone;
    }
}
