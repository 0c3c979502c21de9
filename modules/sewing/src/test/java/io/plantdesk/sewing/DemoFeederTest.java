package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.demo.DemoSeed;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo floor is believable and alive: planned by DemoPlan (the earned minutes a share of the
 * minutes attended), and the feeder writes the rest of today's plan as its minutes come, once.
 * Its own plant and operators: the demo's logins are cluster-wide, PeopleSeed makes them once.
 */
@ExtendWith(PostgresExtension.class)
class DemoFeederTest {

    /**
     * Every demo shift reads like a real floor: the earned minutes are 50 to 90 % of the minutes
     * attended (the plan aims at 55 to 85 %, whole bundles round it), never more than 100 %.
     */
    @Test
    void everyDemoShiftIsBelievableAndTheFeederMovesTodaysShiftOn(TestDatabase db) {
        UUID plant = db.createTenant("Demo floor plant");
        // Four operators of its own (the demo's logins are cluster-wide and another test class has them).
        for (int i = 0; i < 4; i++) {
            db.createUser(plant, io.plantdesk.platform.people.AppRole.OPERATOR);
        }
        db.adminJdbi().useTransaction(h -> {
            DemoSeed.Plant p = new DemoSeed.Plant(h, plant, db.adminService(), db.ids());
            h.execute(
                    "insert into core.shift_pattern (tenant_id, id, name, starts, ends, breaks, days, valid_from) "
                            + "values (?, ?, 'Morning', '06:00', '14:00', '[]', '{1,2,3,4,5}', current_date - 400)",
                    plant,
                    UUID.randomUUID());
            new SewingDemoSeed().seed(p);
        });
        var efficiencies = db.adminJdbi()
                .withHandle(h -> h.createQuery("""
                select f.earned_minutes * 100 / f.attended_minutes
                  from sewing.cutting c
                 cross join lateral sewing.line_figures(c.tenant_id, c.cut_at + interval '1 hour', c.cut_at + interval '9 hours') f
                 where c.tenant_id = :t and f.attended_minutes > 0 and c.cut_at + interval '9 hours' < now()
                """)
                        .bind("t", plant)
                        .mapTo(java.math.BigDecimal.class)
                        .list());
        assertThat(efficiencies)
                .hasSizeGreaterThan(20)
                .allSatisfy(e -> assertThat(e.doubleValue()).isBetween(50.0, 90.0));

        // Today's lay (or the latest): take back what was scanned after two hours, then feed.
        java.time.OffsetDateTime cut = db.adminJdbi()
                .withHandle(h -> h.createQuery("select max(cut_at) from sewing.cutting where tenant_id = :t")
                        .bind("t", plant)
                        .mapTo(java.time.OffsetDateTime.class)
                        .one());
        java.time.OffsetDateTime shiftStart = cut.plusHours(1);
        String layScans = "select count(*) from sewing.bundle_scan s join sewing.bundle b on b.tenant_id = s.tenant_id "
                + "and b.id = s.bundle_id join sewing.cutting c on c.tenant_id = b.tenant_id and c.id = b.cutting_id "
                + "where c.tenant_id = :t and c.cut_at = :cut";
        db.adminJdbi()
                .useHandle(
                        h -> h.createUpdate("delete from sewing.bundle_scan s using sewing.bundle b, sewing.cutting c "
                                        + "where b.tenant_id = s.tenant_id and b.id = s.bundle_id and c.tenant_id = b.tenant_id and c.id = b.cutting_id "
                                        + "and c.tenant_id = :t and c.cut_at = :cut and s.scanned_at > :two")
                                .bind("t", plant)
                                .bind("cut", cut)
                                .bind("two", shiftStart.plusHours(2))
                                .execute());
        long kept = db.adminJdbi()
                .withHandle(h -> h.createQuery(layScans)
                        .bind("t", plant)
                        .bind("cut", cut)
                        .mapTo(Long.class)
                        .one());
        var supervisor = db.createUser(plant, io.plantdesk.platform.people.AppRole.SUPERVISOR);
        java.util.function.Function<java.time.OffsetDateTime, DemoFeeder> at = when -> new DemoFeeder(
                db.jdbiAs(supervisor), java.time.Clock.fixed(when.toInstant(), java.time.ZoneOffset.UTC));
        assertThat(at.apply(shiftStart).available()).isTrue();
        assertThat(at.apply(shiftStart.plusHours(2)).step()).isZero();
        int fed = at.apply(shiftStart.plusHours(8)).step();
        assertThat(fed).isPositive();
        long planned = db.adminJdbi()
                .withHandle(h -> h.createQuery("select count(*) from sewing.bundle b "
                                + "join sewing.cutting c on c.tenant_id = b.tenant_id and c.id = b.cutting_id "
                                + "join sewing.run r on r.tenant_id = c.tenant_id and r.id = c.run_id "
                                + "join sewing.operation o on o.tenant_id = r.tenant_id and o.style_id = r.style_id "
                                + "where c.tenant_id = :t and c.cut_at = :cut")
                        .bind("t", plant)
                        .bind("cut", cut)
                        .mapTo(Long.class)
                        .one());
        assertThat(kept + fed).isEqualTo(planned);
        assertThat(at.apply(shiftStart.plusHours(8)).step())
                .as("a second step writes nothing twice")
                .isZero();
        // Every bundle the feeder sewed is loaded on its line, before its first scan: WIP never below zero.
        long unloaded = db.adminJdbi()
                .withHandle(h -> h.createQuery("select count(distinct b.id) from sewing.bundle b "
                                + "join sewing.cutting c on c.tenant_id = b.tenant_id and c.id = b.cutting_id "
                                + "join sewing.bundle_scan s on s.tenant_id = b.tenant_id and s.bundle_id = b.id "
                                + "left join sewing.bundle_issue i on i.tenant_id = b.tenant_id and i.bundle_id = b.id "
                                + "and i.issued_at < s.scanned_at "
                                + "where c.tenant_id = :t and c.cut_at = :cut and i.id is null")
                        .bind("t", plant)
                        .bind("cut", cut)
                        .mapTo(Long.class)
                        .one());
        assertThat(unloaded)
                .as("bundles of the fed lay scanned but never loaded")
                .isZero();
        // The whole shift fed: the line figures of that shift are believable too, attendance at 450 minutes.
        var shift = db.adminJdbi()
                .withHandle(h -> h.createQuery("select f.earned_minutes * 100 / f.attended_minutes "
                                + "from sewing.line_figures(:t, :from, :to) f")
                        .bind("t", plant)
                        .bind("from", shiftStart)
                        .bind("to", shiftStart.plusHours(8))
                        .mapTo(java.math.BigDecimal.class)
                        .list());
        assertThat(shift).hasSize(2).allSatisfy(e -> assertThat(e.doubleValue()).isBetween(50.0, 90.0));
    }
}
