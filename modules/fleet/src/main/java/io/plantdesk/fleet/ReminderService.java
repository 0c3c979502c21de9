package io.plantdesk.fleet;

import io.plantdesk.platform.ids.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * Vehicles' reminders: planning, editing, marking done (which adds the next occurrence of a
 * recurring one in the same transaction), deleting, the lists, and a garage's calendar file. The
 * database computes the state (fleet.reminder_status) and keeps the rules (done stays done, one next
 * occurrence per done one).
 */
public final class ReminderService {

    /** A reminder marked done and, when it repeats, the occurrence that follows it. */
    public record Completion(Reminder done, Optional<Reminder> next) {}

    private final Jdbi jdbi;
    private final Clock clock;
    private final Ids ids;

    public ReminderService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.ids = new Ids(clock);
    }

    public Reminder create(ReminderDraft draft) {
        UUID id = ids.next();
        return Db.inTransaction(jdbi, h -> {
            ReminderDao dao = h.attach(ReminderDao.class);
            dao.insert(id, null, draft);
            return dao.find(id).orElseThrow();
        });
    }

    /** Saves an edit from {@code baseVersion}; empty when someone else saved, marked it done or deleted it. */
    public Optional<Reminder> save(UUID id, int baseVersion, ReminderDraft draft) {
        return Db.inTransaction(jdbi, h -> {
            ReminderDao dao = h.attach(ReminderDao.class);
            return dao.update(id, baseVersion, draft) == 1 ? dao.find(id) : Optional.empty();
        });
    }

    /**
     * Marks the reminder done on {@code doneOn} at {@code doneOdometer} (null: not read). A recurring
     * one gets its next occurrence counted from then: the day plus every_months, the reading (or the
     * vehicle's last one, or the due one) plus every_distance. Empty when it changed meanwhile.
     */
    public Optional<Completion> complete(UUID id, int baseVersion, LocalDate doneOn, BigDecimal doneOdometer) {
        return Db.inTransaction(jdbi, h -> {
            ReminderDao dao = h.attach(ReminderDao.class);
            Optional<Reminder> found = dao.find(id);
            if (found.isEmpty() || dao.complete(id, baseVersion, doneOn, doneOdometer) != 1) {
                return Optional.<Completion>empty();
            }
            Reminder r = found.get();
            Optional<Reminder> next = Optional.empty();
            if (r.recurring()) {
                UUID nextId = ids.next();
                dao.insert(nextId, id, nextOccurrence(r, doneOn, doneOdometer));
                next = dao.find(nextId);
            }
            return Optional.of(new Completion(dao.find(id).orElseThrow(), next));
        });
    }

    static ReminderDraft nextOccurrence(Reminder r, LocalDate doneOn, BigDecimal doneOdometer) {
        LocalDate on = r.everyMonths() == null ? null : doneOn.plusMonths(r.everyMonths());
        BigDecimal from = doneOdometer != null
                ? doneOdometer
                : r.currentOdometer() != null ? r.currentOdometer() : r.dueOdometer();
        BigDecimal at = r.everyDistance() == null || from == null ? null : from.add(r.everyDistance());
        return new ReminderDraft(
                r.vehicleId(),
                r.title(),
                r.notes(),
                on,
                at,
                on == null ? null : r.everyMonths(),
                at == null ? null : r.everyDistance(),
                r.soonDays(),
                r.soonDistance());
    }

    public Optional<Reminder> delete(UUID id, int baseVersion) {
        return Db.inTransaction(jdbi, h -> {
            ReminderDao dao = h.attach(ReminderDao.class);
            Optional<Reminder> r = dao.find(id);
            return dao.delete(id, baseVersion) == 1 ? r : Optional.empty();
        });
    }

    public Optional<Reminder> find(UUID id) {
        return Db.call(jdbi, h -> h.attach(ReminderDao.class).find(id));
    }

    /** One vehicle's reminders (null: every vehicle's), most urgent first; done ones too when asked. */
    public List<Reminder> list(UUID vehicleId, boolean withDone) {
        return Db.call(jdbi, h -> h.attach(ReminderDao.class).list(vehicleId, withDone));
    }

    /**
     * The open reminders of a garage's vehicles (null: all) as an iCalendar file: one all-day event
     * on each due day, its alarm the "due soon" days before. Reminders due only by reading have no
     * day and are left out. The words come from the caller (the screen's bundle).
     */
    public String calendar(
            UUID garageId, String name, Function<Reminder, String> summary, Function<Reminder, String> description) {
        return calendarFile(garageId, name, summary, description).text();
    }

    /** The calendar file's text, with how many reminders are in it and how many (due only by reading) are not. */
    public record CalendarFile(String text, int events, int withoutDay) {}

    /** As {@link #calendar}, saying also what it left out, so the person is told. */
    public CalendarFile calendarFile(
            UUID garageId, String name, Function<Reminder, String> summary, Function<Reminder, String> description) {
        List<Reminder> open = Db.call(jdbi, h -> h.attach(ReminderDao.class).ofGarage(garageId));
        List<Reminder> dated = open.stream().filter(r -> r.dueOn() != null).toList();
        return new CalendarFile(
                ReminderCalendar.write(name, dated, summary, description, Instant.now(clock)),
                dated.size(),
                open.size() - dated.size());
    }
}
