package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.plantdesk.maintenance.plan.PlannerService;
import io.plantdesk.maintenance.plan.ScheduleCompliance;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The KPIs against a week worked out by hand (the plant's clock is UTC; D is today):
 * <pre>
 * breakdowns  A: D-3 08:00-10:00 (2 h, 1.5 h worked), A: D-3 13:00-17:00 (4 h, 2.5 h), B: D-2 09:00-10:30 (1.5 h, 1 h)
 * PM (every 30 days: window +/- 3 days)
 *             A due D-5 08:00 done D-1 09:00 (late, 1 h); A due D-3 08:00 done D-2 08:00 (in window, 1 h);
 *             B due D-4 08:00 still open (est. 2 h); B due D-4 cancelled (not counted)
 * open        one request, est. 1 h, due tomorrow
 * week [D-7, D): failures 3, repair 7.5 h, MTTR 2.5 h; reactive 5 h / proactive 2 h = 71.4 % / 28.6 %;
 *             PM due 3, in window 1 = 33.3 %; MTBF A (168 - 6) / 2 = 81.0 h, B (168 - 1.5) / 1 = 166.5 h
 * backlog     2 open, 3 h, ready 2 h, 1 overdue
 * </pre>
 */
@ExtendWith(PostgresExtension.class)
class KpiRollupTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser operator;
    static Fixture plant;
    static OffsetDateTime d;
    static UUID openPm;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("KPI plant");
        planner = db.createUser(p, AppRole.PLANNER);
        operator = db.createUser(p, AppRole.OPERATOR);
        db.createUser(db.createTenant("Other KPI plant"), AppRole.PLANNER);
        plant = Fixture.plant(db, planner, "KPI");
        d = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
        PmSchedule s = new PmService(db.jdbiAs(planner), Clock.systemUTC())
                .create(PmScheduleDraft.calendar(plant.machine(), "Monthly", 30, d.plusDays(20), 7));
        db.jdbiAs(planner).useHandle(h -> {
            breakdown(h, plant.machine(), at(-3, 8, 0), at(-3, 10, 0), "1.5");
            breakdown(h, plant.machine(), at(-3, 13, 0), at(-3, 17, 0), "2.5");
            breakdown(h, plant.machine2(), at(-2, 9, 0), at(-2, 10, 30), "1.0");
            pm(h, s.id(), 1, plant.machine(), at(-5, 8, 0), at(-1, 9, 0), "completed");
            pm(h, s.id(), 2, plant.machine(), at(-3, 8, 0), at(-2, 8, 0), "completed");
            openPm = pm(h, s.id(), 3, plant.machine2(), at(-4, 8, 0), null, "approved");
            pm(h, s.id(), 4, plant.machine2(), at(-4, 8, 0), null, "cancelled");
            UUID req = db.ids().next();
            h.execute(
                    "insert into maint.work_order (tenant_id, id, number, title, type, asset_id, due_at, estimated_hours) "
                            + "values (core.current_tenant(), ?, 0, 'Squeak', 'corrective', ?, ?, 1)",
                    req,
                    plant.machine(),
                    d.plusDays(1));
        });
    }

    static OffsetDateTime at(int day, int hour, int minute) {
        return d.plusDays(day).plusHours(hour).plusMinutes(minute);
    }

    static void breakdown(Handle h, UUID asset, OffsetDateTime stop, OffsetDateTime run, String worked) {
        UUID id = db.ids().next();
        h.execute(
                "insert into maint.work_order (tenant_id, id, number, title, type, asset_id, requested_at, downtime_start) "
                        + "values (core.current_tenant(), ?, 0, 'Breakdown', 'corrective', ?, ?, ?)",
                id,
                asset,
                stop,
                stop);
        h.execute("update maint.work_order set status = 'approved' where id = ?", id);
        h.execute("update maint.work_order set status = 'in_progress' where id = ?", id);
        h.execute(
                "update maint.work_order set status = 'completed', completed_at = ?, downtime_end = ?, actual_hours = ? "
                        + "where id = ?",
                run,
                run,
                new BigDecimal(worked),
                id);
    }

    static UUID pm(
            Handle h, UUID schedule, int cycle, UUID asset, OffsetDateTime due, OffsetDateTime done, String status) {
        UUID id = db.ids().next();
        h.execute(
                "insert into maint.work_order (tenant_id, id, number, title, type, status, asset_id, requested_at, due_at, "
                        + "estimated_hours, pm_schedule_id, pm_cycle, pm_due_at) values (core.current_tenant(), ?, 0, 'Monthly', "
                        + "'preventive', 'approved', ?, ?, ?, 2, ?, ?, ?)",
                id,
                asset,
                due.minusDays(7),
                due,
                schedule,
                cycle,
                due);
        if (status.equals("completed")) {
            h.execute("update maint.work_order set status = 'in_progress' where id = ?", id);
            h.execute(
                    "update maint.work_order set status = 'completed', completed_at = ?, actual_hours = 1 where id = ?",
                    done,
                    id);
        } else if (status.equals("cancelled")) {
            h.execute("update maint.work_order set status = 'cancelled' where id = ?", id);
        }
        return id;
    }

    KpiService kpis() {
        return new KpiService(db.jdbiAs(planner));
    }

    @Test
    void theWeeksKpisMatchTheHandWorkedFiguresBeforeAndAfterTheRollup() {
        OffsetDateTime from = d.minusDays(7);
        assertWeek(kpis().summary(from, d));
        assertThat(kpis().days(from, d.plusDays(1))).isEqualTo(kpis().daysFromRaw(from, d.plusDays(1)));

        RollupRunner runner = new RollupRunner(db.jdbiAs(operator));
        runner.runOnce("maintenance_daily", 100);
        long stored = db.jdbiAs(planner)
                .withHandle(h -> h.createQuery("select count(*) from maint.kpi_daily")
                        .mapTo(Long.class)
                        .one());
        assertThat(stored).isPositive();
        assertWeek(kpis().summary(from, d));
        assertThat(kpis().days(from, d.plusDays(1))).isEqualTo(kpis().daysFromRaw(from, d.plusDays(1)));
        assertPlantDaysAreTheRawDaysSummed(from);
        assertTheScreensOneReadIsTheSeparateReads(from);

        List<AssetReliability> r = kpis().reliability(from, d, 20);
        assertThat(r.getFirst().assetId()).isEqualTo(plant.machine());
        assertThat(r.getFirst().mtbfHours()).contains(new BigDecimal("81.0"));
        assertThat(r)
                .filteredOn(a -> a.assetId().equals(plant.machine2()))
                .singleElement()
                .satisfies(a -> assertThat(a.mtbfHours()).contains(new BigDecimal("166.5")));

        Backlog b = kpis().backlog();
        assertThat(b.count()).isEqualTo(2);
        assertThat(b.hours()).isEqualByComparingTo("3");
        assertThat(b.readyHours()).isEqualByComparingTo("2");
        assertThat(b.overdue()).isEqualTo(1);
        assertThat(b.averageAgeDays())
                .isEqualByComparingTo(kpis().backlogFromRaw().averageAgeDays());

        // Completing the open PM now changes its due day (D-4) and today: stored and live stay exact.
        db.jdbiAs(planner).useHandle(h -> {
            h.execute("update maint.work_order set status = 'in_progress' where id = ?", openPm);
            h.execute("update maint.work_order set status = 'completed', actual_hours = 1.5 where id = ?", openPm);
        });
        assertThat(kpis().days(from, d.plusDays(1))).isEqualTo(kpis().daysFromRaw(from, d.plusDays(1)));
        runner.runOnce("maintenance_daily", 100);
        assertThat(kpis().days(from, d.plusDays(1))).isEqualTo(kpis().daysFromRaw(from, d.plusDays(1)));
        assertPlantDaysAreTheRawDaysSummed(from);
        assertTheScreensOneReadIsTheSeparateReads(from);
        KpiSummary withToday = kpis().summary(from, d.plusDays(1));
        assertThat(withToday.pmDue()).isEqualTo(3);
        assertThat(withToday.pmOnTime()).isEqualTo(1); // done today: outside D-4's window
        assertThat(withToday.proactiveHours()).isEqualByComparingTo("3.5");
    }

    @Test
    void theScreensReadIsOneStatementWithTheHandWorkedWeek() {
        List<String> sent = new CopyOnWriteArrayList<>();
        Jdbi counted = db.jdbiAs(planner);
        counted.setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                sent.add(context.getRenderedSql());
            }
        });
        OffsetDateTime from = d.minusDays(7);
        LocalDate monday = PlannerService.mondayOf(d.toLocalDate());
        KpiScreen s = new KpiService(counted).screen(from, d, 20, from.minusWeeks(4), from, monday);
        assertThat(sent).as("the whole dashboard in one statement").hasSize(1);
        assertWeek(KpiSummary.of(s.days()));
        assertThat(s.reliability())
                .extracting(AssetReliability::assetId, AssetReliability::mtbfHours)
                .containsExactly(
                        tuple(plant.machine(), Optional.of(new BigDecimal("81.0"))),
                        tuple(plant.machine2(), Optional.of(new BigDecimal("166.5"))));
        assertThat(s.backlog()).isEqualTo(kpis().backlog());
        assertTheScreensOneReadIsTheSeparateReads(from);
    }

    /**
     * maint.kpi_dashboard (the screen's one statement) gives what the separate reads give, each by its own
     * definition: the plant days, the machines' failures, the backlog, schedule compliance and crew capacity.
     */
    private void assertTheScreensOneReadIsTheSeparateReads(OffsetDateTime from) {
        OffsetDateTime to = d.plusDays(1);
        LocalDate today = d.toLocalDate();
        LocalDate monday = PlannerService.mondayOf(today);
        PlannerService plan = new PlannerService(db.jdbiAs(planner), Clock.systemUTC());
        ScheduleCompliance sc = plan.scheduleCompliance(4, today, ZoneOffset.UTC);
        KpiScreen s = kpis().screen(
                        from,
                        to,
                        20,
                        sc.firstMonday().atStartOfDay(ZoneOffset.UTC).toOffsetDateTime(),
                        sc.endMonday().atStartOfDay(ZoneOffset.UTC).toOffsetDateTime(),
                        monday);
        assertSameDays(s.days(), kpis().plantDays(from, to));
        assertThat(s.reliability()).isEqualTo(kpis().reliability(from, to, 20));
        assertThat(s.backlog()).isEqualTo(kpis().backlog());
        assertThat(List.of(s.scheduled(), s.scheduledOnTime())).isEqualTo(List.of(sc.scheduled(), sc.onTime()));
        assertThat(s.crewHours()).isEqualByComparingTo(plan.crewCapacity(monday, ZoneOffset.UTC));
    }

    /**
     * The plant's day totals, stored by the job (closed days) and read merged with today, equal the
     * per-machine days computed from the raw work orders, summed per day.
     */
    private void assertPlantDaysAreTheRawDaysSummed(OffsetDateTime from) {
        OffsetDateTime to = d.plusDays(1);
        Map<OffsetDateTime, KpiPlantDay> raw = new TreeMap<>();
        for (KpiDay k : kpis().daysFromRaw(from, to)) {
            raw.merge(
                    k.dayStart().toInstant().atOffset(ZoneOffset.UTC),
                    new KpiPlantDay(
                            k.dayStart(),
                            k.completed(),
                            k.failures(),
                            k.repairHours(),
                            k.reactiveHours(),
                            k.proactiveHours(),
                            k.pmDue(),
                            k.pmOnTime()),
                    (a, b) -> new KpiPlantDay(
                            a.dayStart(),
                            a.completed() + b.completed(),
                            a.failures() + b.failures(),
                            a.repairHours().add(b.repairHours()),
                            a.reactiveHours().add(b.reactiveHours()),
                            a.proactiveHours().add(b.proactiveHours()),
                            a.pmDue() + b.pmDue(),
                            a.pmOnTime() + b.pmOnTime()));
        }
        assertThat(raw).isNotEmpty();
        assertSameDays(kpis().plantDays(from, to), List.copyOf(raw.values()));
        List<KpiPlantDay> closed =
                raw.values().stream().filter(k -> k.dayStart().isBefore(d)).toList();
        assertSameDays(kpis().plantDaysStored(from, to), closed);
    }

    private static void assertSameDays(List<KpiPlantDay> actual, List<KpiPlantDay> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            KpiPlantDay a = actual.get(i);
            KpiPlantDay e = expected.get(i);
            assertThat(a.dayStart()).isAtSameInstantAs(e.dayStart());
            assertThat(List.of(a.completed(), a.failures(), a.pmDue(), a.pmOnTime()))
                    .isEqualTo(List.of(e.completed(), e.failures(), e.pmDue(), e.pmOnTime()));
            assertThat(a.repairHours()).isEqualByComparingTo(e.repairHours());
            assertThat(a.reactiveHours()).isEqualByComparingTo(e.reactiveHours());
            assertThat(a.proactiveHours()).isEqualByComparingTo(e.proactiveHours());
        }
    }

    private static void assertWeek(KpiSummary k) {
        assertThat(k.failures()).isEqualTo(3);
        assertThat(k.repairHours()).isEqualByComparingTo("7.5");
        assertThat(k.mttrHours()).contains(new BigDecimal("2.5"));
        assertThat(k.reactivePercent()).contains(new BigDecimal("71.4"));
        assertThat(k.proactivePercent()).contains(new BigDecimal("28.6"));
        assertThat(k.pmDue()).isEqualTo(3);
        assertThat(k.pmOnTime()).isEqualTo(1);
        assertThat(k.pmCompliancePercent()).contains(new BigDecimal("33.3"));
        assertThat(k.completed()).isEqualTo(5);
    }
}
