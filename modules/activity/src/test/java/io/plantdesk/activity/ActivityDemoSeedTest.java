package io.plantdesk.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.demo.DemoPlant;
import io.plantdesk.platform.demo.DemoSeed;
import io.plantdesk.platform.demo.DemoSeeds;
import io.plantdesk.platform.demo.PeopleSeed;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The activity module's part of the demo plant: found through ServiceLoader, run after the people
 * it needs, idempotent, and in a transaction of its own.
 */
@ExtendWith(PostgresExtension.class)
class ActivityDemoSeedTest {

    static TestDatabase db;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
    }

    private long history(UUID plant) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select count(*) from core.audit_log where tenant_id = :t and at < now() - interval '1 day'")
                        .bind("t", plant)
                        .mapTo(Long.class)
                        .one());
    }

    @Test
    void theDemoPlantGetsHistoryOnceAfterItsPeople() {
        List<DemoSeed> seeds = DemoSeeds.discover();
        assertThat(seeds).extracting(DemoSeed::name).containsSubsequence(PeopleSeed.NAME, "activity");

        DemoPlant demo = new DemoPlant(db.ids(), seeds);
        UUID plant = demo.seed(db.adminService());
        long first = history(plant);
        assertThat(first).isGreaterThan(40 * 2); // weekdays of 60 days, two or more edits each
        long actors = db.adminJdbi()
                .withHandle(h -> h.createQuery("select count(distinct actor) from core.audit_log "
                                + "where tenant_id = :t and at < now() - interval '1 day'")
                        .bind("t", plant)
                        .mapTo(Long.class)
                        .one());
        assertThat(actors).isEqualTo(2); // the demo's two admins

        assertThat(demo.seed(db.adminService())).isEqualTo(plant);
        assertThat(history(plant)).isEqualTo(first);
    }

    @Test
    void aFailingSeedRollsBackOnlyItsOwnTransaction() {
        List<String> ran = new ArrayList<>();
        DemoSeed writes = new DemoSeed() {
            @Override
            public String name() {
                return "first";
            }

            @Override
            public void seed(Plant plant) {
                ran.add(name());
                plant.handle().execute("update core.tenant set time_zone = 'Asia/Dhaka' where id = ?", plant.tenant());
            }
        };
        DemoSeed fails = new DemoSeed() {
            @Override
            public String name() {
                return "second";
            }

            @Override
            public Set<String> after() {
                return Set.of("first");
            }

            @Override
            public void seed(Plant plant) {
                ran.add(name());
                plant.handle().execute("update core.tenant set name = 'Half seeded' where id = ?", plant.tenant());
                throw new IllegalStateException("the sewing floor's seed broke");
            }
        };
        DemoPlant demo = new DemoPlant(db.ids(), List.of(fails, writes));
        assertThatThrownBy(() -> demo.seed(db.adminService())).hasMessageContaining("sewing floor");
        assertThat(ran).containsExactly("first", "second");
        var row = db.adminJdbi()
                .withHandle(h -> h.createQuery("select name, time_zone from core.tenant where slug = :s")
                        .bind("s", DemoPlant.TENANT_SLUG)
                        .mapToMap()
                        .one());
        assertThat(row).containsEntry("time_zone", "Asia/Dhaka").containsEntry("name", DemoPlant.TENANT_NAME);
    }
}
