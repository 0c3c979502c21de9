package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plantdesk.maintenance.demo.MaintenanceDemoSeed;
import io.plantdesk.maintenance.plan.ScheduleCompliance;
import io.plantdesk.maintenance.ui.kpi.KpiViewModelProbe;
import io.plantdesk.platform.demo.DemoPlant;
import io.plantdesk.platform.demo.DemoSeed;
import io.plantdesk.platform.demo.DemoSeeds;
import io.plantdesk.platform.demo.PeopleSeed;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo plant's maintenance department: found through ServiceLoader, believable, written once. */
@ExtendWith(PostgresExtension.class)
class MaintenanceDemoSeedTest {

    static TestDatabase db;
    static DemoPlant demo;
    static UUID plant;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        List<DemoSeed> seeds = DemoSeeds.discover();
        assertThat(seeds).extracting(DemoSeed::name).containsSubsequence(PeopleSeed.NAME, MaintenanceDemoSeed.NAME);
        demo = new DemoPlant(db.ids(), seeds);
        plant = demo.seed(db.adminService());
    }

    private long count(UUID plant, String sql) {
        return db.adminJdbi()
                .withHandle(h ->
                        h.createQuery(sql).bind("t", plant).mapTo(Long.class).one());
    }

    @Test
    void theDemoPlantGetsAMaintenanceDepartmentOnce() {
        // Every line's machines: 3 cutters, 6 lines x 11 seats, 4 irons.
        assertThat(count(plant, "select count(*) from maint.asset where tenant_id = :t and kind = 'machine'"))
                .isEqualTo(73);
        assertThat(count(plant, "select count(*) from maint.asset where tenant_id = :t and kind = 'line'"))
                .isEqualTo(8);
        assertThat(count(plant, "select count(*) from maint.pm_schedule where tenant_id = :t"))
                .isEqualTo(73);
        long orders = count(plant, "select count(*) from maint.work_order where tenant_id = :t");
        assertThat(orders).isBetween(600L, 1200L);
        // A year of history, with failures, completed and closed, done by the demo's technicians.
        assertThat(
                        count(
                                plant,
                                "select count(*) from maint.work_order where tenant_id = :t and requested_at < now() - interval '300 days'"))
                .isPositive();
        assertThat(
                        count(
                                plant,
                                "select count(*) from maint.work_order where tenant_id = :t and type = 'corrective' "
                                        + "and status = 'closed' and failure_code is not null and downtime_end > downtime_start"))
                .isGreaterThan(150);
        assertThat(count(
                        plant,
                        "select count(*) from maint.work_order where tenant_id = :t "
                                + "and status not in ('completed', 'closed', 'cancelled')"))
                .isGreaterThanOrEqualTo(15); // a live backlog (how many depends on the weekday the demo is made)
        assertThat(count(
                        plant,
                        "select count(*) from maint.work_order where tenant_id = :t and pm_schedule_id is not null "
                                + "and completed_at > pm_due_at + interval '4 days'"))
                .isPositive(); // some PM late
        assertThat(
                        count(
                                plant,
                                "select count(distinct l.person_id) from maint.labour l join core.person p "
                                        + "on p.tenant_id = l.tenant_id and p.id = l.person_id where l.tenant_id = :t and p.app_role = 'technician'"))
                .isEqualTo(2);
        // The planner opens on a real week: every technician has a capacity and work scheduled this week.
        long technicians = count(
                plant, "select count(*) from core.person where tenant_id = :t and app_role = 'technician' and active");
        assertThat(count(plant, "select count(*) from maint.technician_capacity where tenant_id = :t"))
                .isEqualTo(technicians);
        assertThat(
                        count(
                                plant,
                                "select count(distinct x.person_id) from maint.work_order w join core.tenant p on p.id = w.tenant_id "
                                        + "join maint.work_order_assignee x on x.tenant_id = w.tenant_id and x.work_order_id = w.id where w.tenant_id = :t "
                                        + "and (w.scheduled_start at time zone p.time_zone) >= date_trunc('week', now() at time zone p.time_zone) "
                                        + "and (w.scheduled_start at time zone p.time_zone) < date_trunc('week', now() at time zone p.time_zone) + interval '7 days'"))
                .isEqualTo(technicians);
        // History dated back: its first step is when the work was requested.
        assertThat(count(
                        plant,
                        "select count(*) from maint.work_order_status s join maint.work_order w on w.id = s.work_order_id "
                                + "where s.tenant_id = :t and s.from_status is null and s.at <> w.requested_at"))
                .isZero();
        // Stock equals the ledger and nothing went below zero; something is low.
        assertThat(count(
                        plant,
                        "select count(*) from maint.stock s where s.tenant_id = :t and s.on_hand <> "
                                + "(select sum(quantity) from maint.stock_movement m where m.tenant_id = s.tenant_id and m.part_id = s.part_id "
                                + "and m.location_id = s.location_id)"))
                .isZero();
        assertThat(
                        count(
                                plant,
                                "select count(*) from maint.part p where p.tenant_id = :t and p.reorder_point >= "
                                        + "(select coalesce(sum(on_hand), 0) from maint.stock s where s.tenant_id = p.tenant_id and s.part_id = p.id)"))
                .isPositive();
        // The seed's own writes leave no burst on the Activity dashboard.
        assertThat(count(
                        plant,
                        "select count(*) from core.audit_log where tenant_id = :t and table_name like 'maint.%'"))
                .isZero();

        Map<String, Object> first = fingerprint(plant);
        assertThat(demo.seed(db.adminService())).isEqualTo(plant);
        assertThat(count(plant, "select count(*) from maint.work_order where tenant_id = :t"))
                .isEqualTo(orders);
        assertThat(fingerprint(plant)).isEqualTo(first);
    }

    /**
     * The KPI screen on the demo plant shows the figures of its history as computed from scratch:
     * the rollup (after the engine caught up), the counted backlog and the live reads agree with
     * every work order counted again in Java; and they are real figures a planner would expect
     * from a year of work (open work some weeks old, a schedule with a history).
     */
    @Test
    void theKpiScreenShowsTheDemoPlantsHistoryAsComputedFromScratch() {
        TestUser planner = db.createUser(plant, AppRole.PLANNER);
        Jdbi jdbi = db.jdbiAs(planner);
        new RollupRunner(jdbi).catchUp("maintenance_daily", p -> {}, () -> false);
        ZoneId zone = ZoneId.of(db.adminJdbi()
                .withHandle(h -> h.createQuery("select time_zone from core.tenant where id = :t")
                        .bind("t", plant)
                        .mapTo(String.class)
                        .one()));
        KpiViewModelProbe.Shown shown = KpiViewModelProbe.shown(jdbi);
        LocalDate today = LocalDate.now(zone);
        OffsetDateTime from = today.minusDays(89).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = today.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        KpiFromScratch x = KpiFromScratch.of(
                db.adminJdbi(),
                plant,
                from,
                to,
                shown.schedule().firstMonday(),
                shown.schedule().endMonday(),
                zone,
                OffsetDateTime.now());

        Backlog b = shown.backlog();
        assertThat(b.count()).isEqualTo(x.open());
        assertThat(b.hours()).isEqualByComparingTo(x.hours());
        assertThat(b.readyHours()).isEqualByComparingTo(x.readyHours());
        assertThat(b.overdue()).isEqualTo(x.overdue()).isPositive();
        assertThat(b.averageAgeDays()).isEqualByComparingTo(x.averageAgeDays());
        assertThat(b.averageAgeDays()).isGreaterThanOrEqualTo(new BigDecimal("3")); // not a backlog made today

        KpiSummary s = shown.summary();
        assertThat(s.completed()).isEqualTo(x.completed());
        assertThat(s.failures()).isEqualTo(x.failures()).isGreaterThan(10);
        // Stored per machine and day to the hundredth of an hour: within half a hundredth a day.
        assertThat(s.repairHours())
                .isCloseTo(x.repairHours(), within(new BigDecimal("0.005").multiply(BigDecimal.valueOf(x.failures()))));
        assertThat(s.mttrHours().orElseThrow())
                .isCloseTo(
                        x.repairHours().divide(BigDecimal.valueOf(x.failures()), 1, RoundingMode.HALF_UP),
                        within(new BigDecimal("0.1")));
        assertThat(s.reactiveHours()).isEqualByComparingTo(x.reactiveHours());
        assertThat(s.proactiveHours()).isEqualByComparingTo(x.proactiveHours()).isPositive();
        assertThat(s.pmDue()).isEqualTo(x.pmDue()).isPositive();
        assertThat(s.pmOnTime()).isEqualTo(x.pmOnTime()).isPositive().isLessThan(x.pmDue());

        ScheduleCompliance c = shown.schedule();
        assertThat(c.scheduled()).isEqualTo(x.scheduled()).isPositive();
        assertThat(c.onTime()).isEqualTo(x.scheduledOnTime()).isPositive().isLessThan(x.scheduled());
        assertThat(shown.weeks()).isGreaterThanOrEqualTo(12);

        // MTBF per machine: the machines with most failures, each as counted from scratch.
        int most = x.failuresByAsset().values().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElseThrow();
        assertThat(shown.reliability()).isNotEmpty();
        assertThat(shown.reliability().getFirst().failures()).isEqualTo(most);
        for (AssetReliability r : shown.reliability()) {
            assertThat(r.failures()).isEqualTo(x.failuresByAsset().get(r.assetId()));
            assertThat(r.downtimeHours())
                    .isCloseTo(
                            x.downByAsset().get(r.assetId()),
                            within(new BigDecimal("0.005").multiply(BigDecimal.valueOf(r.failures()))));
        }
    }

    private Map<String, Object> fingerprint(UUID plant) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select count(*) as n, sum(number) as s, "
                                        + "count(*) filter (where status = 'closed') as closed from maint.work_order where tenant_id = :t")
                        .bind("t", plant)
                        .mapToMap()
                        .one());
    }
}
