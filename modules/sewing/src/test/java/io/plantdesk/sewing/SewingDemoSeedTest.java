package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.demo.MaintenanceDemoSeed;
import io.plantdesk.platform.demo.DemoSeed;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo floor: built on four operators and Morning shifts, sound under the schema's rules, and added once. */
@ExtendWith(PostgresExtension.class)
class SewingDemoSeedTest {

    @Test
    void seedsTwoLinesOfThreeWeeksOnceAndTheScansFallInTheMorningShift(TestDatabase db) {
        UUID plant = db.createTenant("Demo sewing plant");
        // Four operators of its own, as the demo has: the demo people's logins are cluster-wide, so the people seed
        // adds none to a plant once another test's demo plant has them.
        for (int i = 0; i < 4; i++) {
            db.createUser(plant, AppRole.OPERATOR);
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
        String counts = "select (select count(*) from sewing.line where tenant_id = :t) || ' ' || "
                + "(select count(*) from sewing.line_member where tenant_id = :t) || ' ' || "
                + "(select count(*) from sewing.operation where tenant_id = :t) || ' ' || "
                + "(select count(*) from sewing.bundle_scan where tenant_id = :t)";
        String before = db.adminJdbi()
                .withHandle(h -> h.createQuery(counts)
                        .bind("t", plant)
                        .mapTo(String.class)
                        .one());
        assertThat(before).startsWith("2 4 11 ");
        assertThat(Long.parseLong(before.split(" ")[3])).isGreaterThan(400);
        db.adminJdbi()
                .useTransaction(
                        h -> new SewingDemoSeed().seed(new DemoSeed.Plant(h, plant, db.adminService(), db.ids())));
        String after = db.adminJdbi()
                .withHandle(h -> h.createQuery(counts)
                        .bind("t", plant)
                        .mapTo(String.class)
                        .one());
        assertThat(after).isEqualTo(before);
        long outside = db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select count(*) from sewing.bundle_scan s "
                                        + "cross join lateral core.shift_at(s.tenant_id, s.scanned_at) sh where s.tenant_id = :t and sh.shift_name is null")
                        .bind("t", plant)
                        .mapTo(Long.class)
                        .one());
        assertThat(outside).isZero();
    }

    /**
     * "Lines and operators" shows every demo line with its machines on first launch: after the
     * maintenance demo (whose seats' machines are coded L1-.., L2-..), each sewing line has the
     * machines of its seats. A plant seeded before that (lines, no machines) gets them on the next
     * seeding, and seeding again adds none.
     */
    @Test
    void everyDemoLineSewsOnTheMaintenanceDemosMachinesOfItsSeats(TestDatabase db) {
        UUID plant = db.createTenant("Demo sewing plant with machines");
        for (int i = 0; i < 4; i++) {
            db.createUser(plant, AppRole.OPERATOR);
        }
        db.createUser(plant, AppRole.TECHNICIAN);
        db.createUser(plant, AppRole.SUPERVISOR);
        db.adminJdbi().useTransaction(h -> {
            h.execute(
                    "insert into core.shift_pattern (tenant_id, id, name, starts, ends, breaks, days, valid_from) "
                            + "values (?, ?, 'Morning', '06:00', '14:00', '[]', '{1,2,3,4,5}', current_date - 400)",
                    plant,
                    UUID.randomUUID());
            // The sewing floor first, as a plant seeded before its lines got machines: none to place yet.
            new SewingDemoSeed().seed(new DemoSeed.Plant(h, plant, db.adminService(), db.ids()));
        });
        assertThat(lineMachines(db, plant)).isEmpty();
        for (int round = 0; round < 2; round++) {
            db.adminJdbi().useTransaction(h -> {
                DemoSeed.Plant p = new DemoSeed.Plant(h, plant, db.adminService(), db.ids());
                new MaintenanceDemoSeed().seed(p);
                new SewingDemoSeed().seed(p);
            });
        }
        List<String> placed = lineMachines(db, plant);
        assertThat(placed).anyMatch(x -> x.startsWith("L1 L1-")).anyMatch(x -> x.startsWith("L2 L2-"));
        assertThat(placed)
                .allMatch(x -> x.substring(x.indexOf(' ') + 1).startsWith(x.substring(0, x.indexOf(' ')) + "-"));
        long seats = db.adminJdbi()
                .withHandle(
                        h -> h.createQuery("select count(*) from maint.asset where tenant_id = :t and kind = 'machine' "
                                        + "and deleted_at is null and (code like 'L1-%' or code like 'L2-%')")
                                .bind("t", plant)
                                .mapTo(Long.class)
                                .one());
        assertThat(placed).hasSize((int) seats);
    }

    /** "line code, machine code" of each machine on a line (each once: seeding again added none). */
    private static List<String> lineMachines(TestDatabase db, UUID plant) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery("select l.code || ' ' || a.code from sewing.line_machine m "
                                + "join sewing.line l on l.tenant_id = m.tenant_id and l.id = m.line_id "
                                + "join maint.asset a on a.tenant_id = m.tenant_id and a.id = m.machine_id "
                                + "where m.tenant_id = :t order by 1")
                        .bind("t", plant)
                        .mapTo(String.class)
                        .list());
    }
}
