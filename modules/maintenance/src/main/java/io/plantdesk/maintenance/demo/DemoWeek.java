package io.plantdesk.maintenance.demo;

import io.plantdesk.platform.ids.Ids;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The planner's week on first launch: every technician with a capacity (hours a day on their
 * weekdays), and this week's planned work (the next approved PM orders) scheduled on them, one a
 * weekday each; breakdowns and later PM stay in the backlog to be planned. Days already past this week were worked on time (completed at their slot's end), this
 * morning's slot is in progress, the rest wait as scheduled: the calendar, its capacity bars and
 * schedule compliance all show something real.
 */
final class DemoWeek {

    /** Hours a day and ISO weekdays, one per technician in turn: a day shift, a six-day week, a short week. */
    private static final Object[][] CAPACITY = {
        {"8", "{1,2,3,4,5}"}, {"8", "{1,2,3,4,5,6}"}, {"7.5", "{1,2,3,4,5}"}, {"6", "{2,3,4,5,6}"}
    };

    private static final int PER_DAY = 1;
    private static final int DAYS = 5;

    private record Open(UUID id, BigDecimal estimated) {}

    private DemoWeek() {}

    static void plan(Handle h, UUID t, Ids ids, ZoneId zone, LocalDate today, List<UUID> technicians) {
        for (int i = 0; i < technicians.size(); i++) {
            Object[] c = CAPACITY[i % CAPACITY.length];
            h.execute(
                    "insert into maint.technician_capacity (tenant_id, id, person_id, hours_per_day, work_days) "
                            + "values (?, ?, ?, cast(? as numeric), cast(? as smallint[]))",
                    t,
                    ids.next(),
                    technicians.get(i),
                    c[0],
                    c[1]);
        }
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        OffsetDateTime now = OffsetDateTime.now(zone);
        List<Open> open = h.createQuery(
                        "select id, coalesce(estimated_hours, 2) from maint.work_order where tenant_id = :t "
                                + "and status = 'approved' and pm_schedule_id is not null order by due_at, number limit :n")
                .bind("t", t)
                .bind("n", technicians.size() * PER_DAY * DAYS)
                .map((rs, ctx) -> new Open(rs.getObject(1, UUID.class), rs.getBigDecimal(2)))
                .list();
        for (int k = 0; k < open.size(); k++) {
            Open w = open.get(k);
            UUID tech = technicians.get(k % technicians.size());
            int slot = k / technicians.size();
            LocalDate day = monday.plusDays(slot % DAYS);
            OffsetDateTime start = day.atTime(LocalTime.of(slot / DAYS == 0 ? 8 : 13, 0))
                    .atZone(zone)
                    .toOffsetDateTime();
            OffsetDateTime end = start.plusMinutes(w.estimated()
                    .max(BigDecimal.ONE)
                    .multiply(BigDecimal.valueOf(60))
                    .longValue());
            h.execute(
                    "update maint.work_order set status = 'scheduled', scheduled_start = ?, scheduled_end = ? "
                            + "where tenant_id = ? and id = ?",
                    start,
                    end,
                    t,
                    w.id());
            h.execute("delete from maint.work_order_assignee where tenant_id = ? and work_order_id = ?", t, w.id());
            h.execute(
                    "insert into maint.work_order_assignee (tenant_id, id, work_order_id, person_id) values (?, ?, ?, ?)",
                    t,
                    ids.next(),
                    w.id(),
                    tech);
            if (start.isBefore(now)) {
                h.execute(
                        "update maint.work_order set status = 'in_progress' where tenant_id = ? and id = ?", t, w.id());
            }
            if (end.isBefore(now)) {
                h.execute(
                        "update maint.work_order set status = 'completed', completed_at = ?, actual_hours = estimated_hours "
                                + "where tenant_id = ? and id = ?",
                        end,
                        t,
                        w.id());
                h.execute(
                        "insert into maint.labour (tenant_id, id, work_order_id, person_id, work_date, hours) "
                                + "values (?, ?, ?, ?, ?, ?)",
                        t,
                        ids.next(),
                        w.id(),
                        tech,
                        day,
                        w.estimated().max(BigDecimal.ONE));
            }
        }
    }
}
