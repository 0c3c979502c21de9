package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.demo.DemoSeed;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
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
}
