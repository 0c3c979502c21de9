package io.plantdesk.maintenance.plan;

import io.plantdesk.maintenance.MaintText;
import io.plantdesk.maintenance.WorkOrder;
import io.plantdesk.maintenance.WorkOrderDao;
import io.plantdesk.platform.ids.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The planner calendar's calls, on the person's own login (RLS keeps it to their plant; the
 * grants decide who may plan). Every call does I/O and belongs on the TaskRunner.
 */
public final class PlannerService {

    private final Jdbi jdbi;
    private final Ids ids;

    public PlannerService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
    }

    /** The plant's time zone: weeks and days are the plant's, wherever the desk PC is. */
    public ZoneId plantZone() {
        return ZoneId.of(call(PlannerDao::plantZone));
    }

    /** The Monday of the week {@code day} falls in. */
    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The week starting on {@code monday} (any day is moved back to its Monday). */
    public WeekPlan week(LocalDate monday, ZoneId zone) {
        LocalDate m = mondayOf(monday);
        OffsetDateTime from = m.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = m.plusDays(WeekPlan.DAYS).atStartOfDay(zone).toOffsetDateTime();
        return call(dao -> new WeekPlan(m, zone, dao.technicians(m, from, to), dao.cards(from, to)));
    }

    /**
     * Moves a work order to another day (same time of day in the plant's zone, same length) and,
     * when {@code from} and {@code to} differ, from one person to another (null: the unassigned
     * row). One transaction, with the version the card was read at: if someone saved the work
     * order since, nothing is written and the result carries their version.
     */
    public MoveResult move(PlanCard card, UUID from, UUID to, LocalDate toDay, ZoneId zone) {
        if (!card.status().isOpen()) {
            throw MaintText.error("plan.move.closed", card.number());
        }
        LocalDate fromDay = card.start().atZoneSameInstant(zone).toLocalDate();
        long days = ChronoUnit.DAYS.between(fromDay, toDay);
        OffsetDateTime start =
                card.start().atZoneSameInstant(zone).plusDays(days).toOffsetDateTime();
        OffsetDateTime end = start.plus(Duration.between(card.start(), card.end()));
        return inTransaction(h -> {
            WorkOrderDao dao = h.attach(WorkOrderDao.class);
            WorkOrder now = dao.find(card.id()).orElseThrow(() -> MaintText.error("not.found"));
            if (now.version() != card.version()) {
                return conflict(h, now);
            }
            var draft = now.draft().withSchedule(start, end);
            if (dao.update(
                            card.id(),
                            card.version(),
                            draft,
                            draft.type().dbValue(),
                            draft.priority().code(),
                            draft.tags().toArray(String[]::new))
                    == 0) {
                return conflict(h, dao.find(card.id()).orElseThrow());
            }
            if (!Objects.equals(from, to)) {
                Set<UUID> keep = new LinkedHashSet<>(
                        dao.assignees(card.id()).stream().map(a -> a.personId()).toList());
                if (from != null) {
                    keep.remove(from);
                }
                if (to != null) {
                    keep.add(to);
                }
                dao.removeAssigneesExcept(card.id(), keep.toArray(UUID[]::new));
                if (to != null) {
                    dao.addAssignee(ids.next(), card.id(), to);
                }
            }
            return new MoveResult.Moved(dao.find(card.id()).orElseThrow());
        });
    }

    private static MoveResult conflict(Handle h, WorkOrder theirs) {
        String by = theirs.updatedBy() == null
                ? ""
                : h.attach(PlannerDao.class).personName(theirs.updatedBy()).orElse("");
        return new MoveResult.Conflict(theirs, by);
    }

    /**
     * Schedule compliance over the {@code weeks} whole schedule weeks before the current one (a
     * week still running is not judged yet), in the plant's weeks.
     */
    public ScheduleCompliance scheduleCompliance(int weeks, LocalDate today, ZoneId zone) {
        LocalDate end = mondayOf(today);
        LocalDate first = end.minusWeeks(Math.clamp(weeks, 1, 104));
        long[] r = call(dao -> dao.scheduleCompliance(
                first.atStartOfDay(zone).toOffsetDateTime(),
                end.atStartOfDay(zone).toOffsetDateTime(),
                zone.getId()));
        return new ScheduleCompliance(first, end, r[0], r[1]);
    }

    /** Crew capacity of a week in hours: the technicians' capacity summed (SMRP 5.4.9's divisor). */
    public BigDecimal crewCapacity(LocalDate monday, ZoneId zone) {
        LocalDate m = mondayOf(monday);
        OffsetDateTime from = m.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = m.plusDays(WeekPlan.DAYS).atStartOfDay(zone).toOffsetDateTime();
        // The technicians' rows only: the week's cards (every scheduled work order) are the
        // calendar's, not the KPI screen's.
        return call(dao -> dao.technicians(m, from, to)).stream()
                .flatMap(t -> t.hoursPerDay().stream())
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The plant's shifts a technician can be put on. */
    public List<ShiftChoice> shifts() {
        return call(PlannerDao::shifts);
    }

    /** Sets a person's capacity (their shift, or hours per day on weekdays). */
    public void setCapacity(UUID person, Capacity capacity) {
        BigDecimal hours = capacity.shiftId() == null ? capacity.hoursPerDay() : null;
        if (capacity.shiftId() == null
                && (hours == null || hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0)) {
            throw MaintText.error("plan.capacity.hours");
        }
        if (capacity.shiftId() == null && capacity.workDays().isEmpty()) {
            throw MaintText.error("plan.capacity.days");
        }
        Integer[] days = capacity.shiftId() == null
                ? capacity.workDays().toArray(Integer[]::new)
                : new Integer[] {1, 2, 3, 4, 5};
        inTransaction(h -> {
            h.attach(PlannerDao.class).setCapacity(ids.next(), person, capacity.shiftId(), hours, days);
            return null;
        });
    }

    /** Removes a person's capacity: the calendar then says none is set. */
    public void clearCapacity(UUID person) {
        inTransaction(h -> h.attach(PlannerDao.class).clearCapacity(person));
    }

    private <T> T call(Function<PlannerDao, T> work) {
        try {
            return jdbi.withHandle(h -> work.apply(h.attach(PlannerDao.class)));
        } catch (JdbiException e) {
            throw MaintText.translate(e);
        }
    }

    private <T> T inTransaction(Function<Handle, T> work) {
        try {
            return jdbi.inTransaction(work::apply);
        } catch (JdbiException e) {
            throw MaintText.translate(e);
        }
    }
}
