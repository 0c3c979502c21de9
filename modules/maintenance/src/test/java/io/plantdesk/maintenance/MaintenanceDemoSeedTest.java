package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.demo.MaintenanceDemoSeed;
import io.plantdesk.platform.demo.DemoPlant;
import io.plantdesk.platform.demo.DemoSeed;
import io.plantdesk.platform.demo.DemoSeeds;
import io.plantdesk.platform.demo.PeopleSeed;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo plant's maintenance department: found through ServiceLoader, believable, written once. */
@ExtendWith(PostgresExtension.class)
class MaintenanceDemoSeedTest {

    static TestDatabase db;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
    }

    private long count(UUID plant, String sql) {
        return db.adminJdbi()
                .withHandle(h ->
                        h.createQuery(sql).bind("t", plant).mapTo(Long.class).one());
    }

    @Test
    void theDemoPlantGetsAMaintenanceDepartmentOnce() {
        List<DemoSeed> seeds = DemoSeeds.discover();
        assertThat(seeds).extracting(DemoSeed::name).containsSubsequence(PeopleSeed.NAME, MaintenanceDemoSeed.NAME);
        DemoPlant demo = new DemoPlant(db.ids(), seeds);
        UUID plant = demo.seed(db.adminService());

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
