package io.plantdesk.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code plantdesk activity rebuild}: stored figures that no row change would fix are recomputed on the next run. */
@ExtendWith(PostgresExtension.class)
class ActivityRebuildTest {

    @Test
    void staleStoredDaysAreRecomputedFromTheRawRows(TestDatabase db) {
        UUID plant = db.createTenant("Rebuild plant");
        TestUser admin = db.createUser(plant, AppRole.ADMIN);
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "insert into core.audit_log (tenant_id, at, table_name, row_id, action, actor) "
                                + "select ?, now() - make_interval(days => d), 'core.person', 'r', 'UPDATE', 'someone' from generate_series(2, 6) d",
                        plant));
        RollupRunner runner = new RollupRunner(db.jdbiAs(admin));
        runner.catchUp("activity", p -> {}, () -> false);
        String total =
                "select sum(changes) from core.activity_daily where tenant_id = ? and dim = 'day' and day_start < now() - interval '1 day'";
        java.util.function.LongSupplier stored = () -> db.adminJdbi()
                .withHandle(h -> h.select(total, plant).mapTo(Long.class).one());
        assertThat(stored.getAsLong()).isEqualTo(5);

        // As if an older release had computed the figures differently.
        db.adminJdbi()
                .useHandle(h ->
                        h.execute("update core.activity_daily set changes = changes + 100 where tenant_id = ?", plant));
        String slug = db.adminJdbi()
                .withHandle(h -> h.select("select slug from core.tenant where id = ?", plant)
                        .mapTo(String.class)
                        .one());
        ActivityRebuild.Marked marked = new ActivityRebuild(db.admin()).mark(slug, 30);
        assertThat(marked.days()).isGreaterThanOrEqualTo(5);

        assertThat(stored.getAsLong()).isEqualTo(505);
        runner.catchUp("activity", p -> {}, () -> false);
        assertThat(stored.getAsLong()).isEqualTo(5);
        assertThatThrownBy(() -> new ActivityRebuild(db.admin()).mark("no-such-plant", 30))
                .hasMessageContaining("no plant \"no-such-plant\"");
    }
}
