package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.demo.DemoSeed;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo floor's quality: checks, defects that add up, rework and loading, sound under the schema's rules and added once. */
@ExtendWith(PostgresExtension.class)
class QualityDemoSeedTest {

    @Test
    void seedsChecksReworkAndLoadingOnceWithARealisticDhu(TestDatabase db) {
        UUID plant = db.createTenant("Demo quality plant");
        // Operators of its own: the demo people's logins are cluster-wide, so once another test's demo plant has
        // them, the people seed adds none here (and the sewing seed, finding no crew, would add no floor).
        for (int i = 0; i < 6; i++) {
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
            new SewingQualityDemoSeed().seed(p);
        });
        String counts = "select (select count(*) from sewing.defect_code where tenant_id = :t) || ' ' || "
                + "(select count(*) from sewing.qc_check where tenant_id = :t) || ' ' || "
                + "(select count(*) from sewing.rework where tenant_id = :t) || ' ' || "
                + "(select count(*) from sewing.bundle_issue where tenant_id = :t) || ' ' || "
                + "(select round(sum(defects) * 100.0 / sum(pieces_checked), 1) from sewing.qc_check where tenant_id = :t)";
        String before = db.adminJdbi()
                .withHandle(h -> h.createQuery(counts)
                        .bind("t", plant)
                        .mapTo(String.class)
                        .one());
        String[] f = before.split(" ");
        assertThat(f[0]).isEqualTo("5");
        assertThat(Long.parseLong(f[1])).isGreaterThan(50);
        assertThat(Long.parseLong(f[2])).isGreaterThan(10);
        // Every checked bundle was issued to its line; while a shift runs, more are issued than checked (after it, as
        // many).
        assertThat(Long.parseLong(f[3])).isGreaterThanOrEqualTo(Long.parseLong(f[1]));
        long unissued = db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select count(*) from sewing.qc_check c where c.tenant_id = :t and not exists "
                                        + "(select 1 from sewing.bundle_issue i where i.tenant_id = c.tenant_id and i.bundle_id = c.bundle_id "
                                        + "and i.issued_at < c.checked_at)")
                        .bind("t", plant)
                        .mapTo(Long.class)
                        .one());
        assertThat(unissued).isZero();
        assertThat(Double.parseDouble(f[4])).isBetween(3.0, 12.0);
        db.adminJdbi()
                .useTransaction(h ->
                        new SewingQualityDemoSeed().seed(new DemoSeed.Plant(h, plant, db.adminService(), db.ids())));
        String after = db.adminJdbi()
                .withHandle(h -> h.createQuery(counts)
                        .bind("t", plant)
                        .mapTo(String.class)
                        .one());
        assertThat(after).isEqualTo(before);
    }
}
