package io.plantdesk.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.activity.api.ActivityApis;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Overview counts changes from the activity rollups (DESIGN: dashboards never scan raw history). */
@ExtendWith(PostgresExtension.class)
class OverviewServiceTest {

    @Test
    void theChangeCountComesFromTheRollupsAndOnlyForAdmins(TestDatabase db) {
        UUID plant = db.createTenant("Overview plant");
        TestUser admin = db.createUser(plant, AppRole.ADMIN);
        TestUser planner = db.createUser(plant, AppRole.PLANNER);
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "insert into core.audit_log (tenant_id, at, table_name, row_id, action, actor) "
                                + "select ?, now() - make_interval(days => d), 'core.person', 'o', 'UPDATE', 'someone' from generate_series(2, 20) d",
                        plant));
        var changes = ActivityApis.find().orElseThrow().changeCounts(db.jdbiAs(admin), Clock.systemUTC());
        OverviewService asAdmin = new OverviewService(db.jdbiAs(admin), Optional.of(changes));

        // 2..6 days ago, plus creating the plant and its two people today (audited too).
        long lastWeek = asAdmin.load().changesLastWeek().orElseThrow();
        assertThat(lastWeek).isBetween(5L + 1, 5L + 10);
        new RollupRunner(db.jdbiAs(admin)).catchUp("activity", p -> {}, () -> false);
        assertThat(asAdmin.load().changesLastWeek()).contains((int) lastWeek);

        // Stored days are what it reads: a stored figure shows, a raw row behind it would not.
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "update core.activity_daily set changes = changes + 1000 "
                                + "where tenant_id = ? and dim = 'day' and day_start > now() - interval '4 days'",
                        plant));
        assertThat(asAdmin.load().changesLastWeek().orElseThrow()).isGreaterThan((int) lastWeek + 999);

        OverviewService.Facts planners = new OverviewService(db.jdbiAs(planner), Optional.empty()).load();
        assertThat(planners.changesLastWeek()).isEmpty();
        assertThat(planners.activePeople()).isEqualTo(2);
    }
}
