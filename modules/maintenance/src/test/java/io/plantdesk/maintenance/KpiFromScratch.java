package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * The KPI dashboard's figures computed again in Java from every work order of a plant (read as the
 * admin, no rollup, no count, no SQL aggregate): what the rollups, the counted backlog and the
 * live reads must show. Each figure as SMRP defines it (see KpiSummary, Backlog, ScheduleCompliance).
 */
record KpiFromScratch(
        long open,
        BigDecimal hours,
        BigDecimal readyHours,
        long overdue,
        BigDecimal averageAgeDays,
        int completed,
        int failures,
        BigDecimal repairHours,
        BigDecimal reactiveHours,
        BigDecimal proactiveHours,
        int pmDue,
        int pmOnTime,
        long scheduled,
        long scheduledOnTime,
        Map<UUID, Integer> failuresByAsset,
        Map<UUID, BigDecimal> downByAsset) {

    private static final Set<String> CLOSED = Set.of("completed", "closed", "cancelled");
    private static final Set<String> REACTIVE = Set.of("corrective", "emergency");
    private static final Set<String> PROACTIVE = Set.of("preventive", "inspection");

    private record Row(
            String type,
            String status,
            UUID asset,
            OffsetDateTime requested,
            OffsetDateTime due,
            BigDecimal estimated,
            BigDecimal actual,
            OffsetDateTime completed,
            OffsetDateTime downStart,
            OffsetDateTime downEnd,
            OffsetDateTime pmDue,
            OffsetDateTime scheduledStart,
            Integer intervalDays) {}

    /**
     * The figures of the period [from, to) and of schedule weeks [firstMonday, endMonday) in the
     * plant's zone, the backlog as at {@code now}.
     */
    static KpiFromScratch of(
            Jdbi admin,
            UUID plant,
            OffsetDateTime from,
            OffsetDateTime to,
            LocalDate firstMonday,
            LocalDate endMonday,
            ZoneId zone,
            OffsetDateTime now) {
        List<Row> rows = admin.withHandle(h -> h.createQuery(
                        "select w.type, w.status, w.asset_id, w.requested_at, w.due_at, w.estimated_hours, w.actual_hours, "
                                + "w.completed_at, w.downtime_start, w.downtime_end, w.pm_due_at, w.scheduled_start, s.interval_days "
                                + "from maint.work_order w left join maint.pm_schedule s on s.tenant_id = w.tenant_id "
                                + "and s.id = w.pm_schedule_id where w.tenant_id = :t")
                .bind("t", plant)
                .map((rs, ctx) -> new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, OffsetDateTime.class),
                        rs.getObject(5, OffsetDateTime.class),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        rs.getObject(8, OffsetDateTime.class),
                        rs.getObject(9, OffsetDateTime.class),
                        rs.getObject(10, OffsetDateTime.class),
                        rs.getObject(11, OffsetDateTime.class),
                        rs.getObject(12, OffsetDateTime.class),
                        (Integer) rs.getObject(13)))
                .list());
        long open = 0;
        long overdue = 0;
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal ready = BigDecimal.ZERO;
        BigDecimal ageSeconds = BigDecimal.ZERO;
        int completed = 0;
        int failures = 0;
        BigDecimal repair = BigDecimal.ZERO;
        BigDecimal reactive = BigDecimal.ZERO;
        BigDecimal proactive = BigDecimal.ZERO;
        int pmDue = 0;
        int pmOnTime = 0;
        long scheduled = 0;
        long scheduledOnTime = 0;
        Map<UUID, Integer> byAsset = new HashMap<>();
        Map<UUID, BigDecimal> downByAsset = new HashMap<>();
        OffsetDateTime weeksFrom = firstMonday.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime weeksTo = endMonday.atStartOfDay(zone).toOffsetDateTime();
        for (Row r : rows) {
            BigDecimal est = r.estimated() == null ? BigDecimal.ZERO : r.estimated();
            if (!CLOSED.contains(r.status())) {
                open++;
                hours = hours.add(est);
                if (r.status().equals("approved") || r.status().equals("scheduled")) {
                    ready = ready.add(est);
                }
                if (r.due() != null && r.due().isBefore(now)) {
                    overdue++;
                }
                ageSeconds = ageSeconds.add(seconds(Duration.between(r.requested(), now)));
            }
            if (within(r.completed(), from, to)) {
                completed++;
                BigDecimal worked = r.actual() == null ? BigDecimal.ZERO : r.actual();
                if (REACTIVE.contains(r.type())) {
                    reactive = reactive.add(worked);
                    if (r.downEnd() != null) {
                        failures++;
                        BigDecimal down = seconds(Duration.between(r.downStart(), r.downEnd()))
                                .divide(BigDecimal.valueOf(3600), 6, RoundingMode.HALF_UP);
                        repair = repair.add(down);
                        UUID a = r.asset();
                        byAsset.merge(a, 1, Integer::sum);
                        downByAsset.merge(a, down, BigDecimal::add);
                    }
                } else if (PROACTIVE.contains(r.type())) {
                    proactive = proactive.add(worked);
                }
            }
            if (within(r.pmDue(), from, to) && !r.status().equals("cancelled")) {
                pmDue++;
                int intervalDays = r.intervalDays() == null ? 0 : r.intervalDays();
                Duration window = Duration.ofDays(Math.max(1, (long) Math.ceil(intervalDays * 0.1)));
                if (r.completed() != null
                        && !r.completed().isBefore(r.pmDue().minus(window))
                        && !r.completed().isAfter(r.pmDue().plus(window))) {
                    pmOnTime++;
                }
            }
            if (within(r.scheduledStart(), weeksFrom, weeksTo) && !r.status().equals("cancelled")) {
                scheduled++;
                OffsetDateTime weekEnd = r.scheduledStart()
                        .atZoneSameInstant(zone)
                        .toLocalDate()
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .plusDays(7)
                        .atStartOfDay(zone)
                        .toOffsetDateTime();
                if (r.completed() != null && r.completed().isBefore(weekEnd)) {
                    scheduledOnTime++;
                }
            }
        }
        BigDecimal age = open == 0
                ? BigDecimal.ZERO
                : ageSeconds.divide(BigDecimal.valueOf(open * 86400), 1, RoundingMode.HALF_UP);
        return new KpiFromScratch(
                open,
                hours,
                ready,
                overdue,
                age,
                completed,
                failures,
                repair,
                reactive,
                proactive,
                pmDue,
                pmOnTime,
                scheduled,
                scheduledOnTime,
                byAsset,
                downByAsset);
    }

    private static boolean within(OffsetDateTime at, OffsetDateTime from, OffsetDateTime to) {
        return at != null && !at.isBefore(from) && at.isBefore(to);
    }

    private static BigDecimal seconds(Duration d) {
        return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
    }
}
