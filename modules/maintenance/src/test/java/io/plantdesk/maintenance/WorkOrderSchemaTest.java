package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules the maint schema enforces by itself, whoever writes: tested with plain SQL as a plant's
 * own logins under RLS, so no Java check can hide a missing constraint.
 */
@ExtendWith(PostgresExtension.class)
class WorkOrderSchemaTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser operator;
    static TestUser otherPlanner;
    static UUID plant;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        plant = db.createTenant("Schema plant");
        planner = db.createUser(plant, AppRole.PLANNER);
        operator = db.createUser(plant, AppRole.OPERATOR);
        UUID other = db.createTenant("Other schema plant");
        otherPlanner = db.createUser(other, AppRole.PLANNER);
    }

    private UUID insertOrder(Handle h, UUID tenant, String title) {
        UUID id = db.ids().next();
        h.execute(
                "insert into maint.work_order (tenant_id, id, number, title, type) values (?, ?, 0, ?, 'corrective')",
                tenant,
                id,
                title);
        return id;
    }

    private String status(Handle h, UUID id) {
        return h.createQuery("select status from maint.work_order where id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .one();
    }

    @Test
    void numbersArePerPlantWithoutGaps() {
        db.jdbiAs(planner).useHandle(h -> {
            UUID a = insertOrder(h, plant, "Needle bar noise");
            UUID b = insertOrder(h, plant, "Oil leak");
            int na = h.createQuery("select number from maint.work_order where id = :id")
                    .bind("id", a)
                    .mapTo(Integer.class)
                    .one();
            int nb = h.createQuery("select number from maint.work_order where id = :id")
                    .bind("id", b)
                    .mapTo(Integer.class)
                    .one();
            assertThat(nb).isEqualTo(na + 1);
        });
        db.jdbiAs(otherPlanner).useHandle(h -> {
            UUID c = insertOrder(h, otherPlanner.tenantId(), "Other plant's first");
            UUID d = insertOrder(h, otherPlanner.tenantId(), "Other plant's next");
            int nc = h.createQuery("select number from maint.work_order where id = :id")
                    .bind("id", c)
                    .mapTo(Integer.class)
                    .one();
            int nd = h.createQuery("select number from maint.work_order where id = :id")
                    .bind("id", d)
                    .mapTo(Integer.class)
                    .one();
            long count = h.createQuery("select count(*) from maint.work_order")
                    .mapTo(Long.class)
                    .one();
            assertThat(nd)
                    .isEqualTo(nc + 1)
                    .isEqualTo((int) count); // its own sequence, unaffected by the first plant's
        });
    }

    @Test
    void onlyListedTransitionsPassAndEachIsRecorded() {
        db.jdbiAs(planner).useHandle(h -> {
            UUID id = insertOrder(h, plant, "Belt worn");
            assertThatThrownBy(() -> h.execute("update maint.work_order set status = 'completed' where id = ?", id))
                    .hasMessageContaining("cannot go from requested to completed");
            h.execute("update maint.work_order set status = 'approved' where id = ?", id);
            h.execute("update maint.work_order set status = 'in_progress' where id = ?", id);
            h.execute("update maint.work_order set status = 'completed' where id = ?", id);
            assertThat(h.createQuery("select completed_at is not null from maint.work_order where id = :id")
                            .bind("id", id)
                            .mapTo(Boolean.class)
                            .one())
                    .isTrue();
            h.execute("update maint.work_order set status = 'closed' where id = ?", id);
            assertThatThrownBy(() -> h.execute("update maint.work_order set status = 'in_progress' where id = ?", id))
                    .hasMessageContaining("cannot go from closed to in_progress");
            assertThat(status(h, id)).isEqualTo("closed");
            List<String> history = h.createQuery("select coalesce(from_status, '-') || '>' || to_status "
                            + "from maint.work_order_status where work_order_id = :id order by id")
                    .bind("id", id)
                    .mapTo(String.class)
                    .list();
            assertThat(history)
                    .containsExactly(
                            "->requested",
                            "requested>approved",
                            "approved>in_progress",
                            "in_progress>completed",
                            "completed>closed");
            assertThatThrownBy(() -> h.execute(
                            "insert into maint.work_order (tenant_id, id, number, title, type, status) "
                                    + "values (?, ?, 0, 'x', 'corrective', 'completed')",
                            plant,
                            db.ids().next()))
                    .hasMessageContaining("starts as requested");
        });
    }

    @Test
    void checkConstraintsRefuseImpossibleValues() {
        db.jdbiAs(planner).useHandle(h -> {
            UUID id = insertOrder(h, plant, "Checks");
            assertThatThrownBy(() -> h.execute(
                            "update maint.work_order set scheduled_start = now(), "
                                    + "scheduled_end = now() - interval '1 hour' where id = ?",
                            id))
                    .hasMessageContaining("work_order_schedule_order");
            assertThatThrownBy(() -> h.execute("update maint.work_order set estimated_hours = -1 where id = ?", id))
                    .hasMessageContaining("estimated_hours");
            assertThatThrownBy(() -> h.execute(
                            "update maint.work_order set downtime_start = now(), "
                                    + "downtime_end = now() - interval '1 minute' where id = ?",
                            id))
                    .hasMessageContaining("work_order_downtime_order");
            assertThatThrownBy(() -> h.execute("update maint.work_order set tags = '{\"Bad Tag\"}' where id = ?", id))
                    .hasMessageContaining("work_order_tags");
            assertThatThrownBy(() -> h.execute(
                            "update maint.work_order set status = 'approved', status = 'scheduled' where id = ?", id))
                    .isNotNull();
        });
    }

    @Test
    void theVersionGrowsWithEveryEditSoStaleEditsMatchNoRow() {
        db.jdbiAs(planner).useHandle(h -> {
            UUID id = insertOrder(h, plant, "Versioned");
            assertThat(h.createUpdate("update maint.work_order set title = 'v2' where id = :id and version = 1")
                            .bind("id", id)
                            .execute())
                    .isEqualTo(1);
            assertThat(h.createUpdate("update maint.work_order set title = 'stale' where id = :id and version = 1")
                            .bind("id", id)
                            .execute())
                    .isZero();
        });
    }

    @Test
    void searchFindsOnlyTheCallersPlantThroughTheIndex() {
        UUID mine = db.jdbiAs(planner).withHandle(h -> insertOrder(h, plant, "Bobbin case cracked on line four"));
        UUID theirs =
                db.jdbiAs(otherPlanner).withHandle(h -> insertOrder(h, otherPlanner.tenantId(), "Bobbin case cracked"));
        List<UUID> found = db.jdbiAs(operator)
                .withHandle(h -> h.createQuery("select id from maint.search_work_orders(:q, 50)")
                        .bind("q", "bobbin cracked")
                        .mapTo(UUID.class)
                        .list());
        assertThat(found).containsExactly(mine).doesNotContain(theirs);
        for (String odd : List.of("\"unbalanced", "a & | ! b", "-", "':*", "", "    ", "or or", "\\")) {
            db.jdbiAs(operator)
                    .useHandle(h -> h.createQuery("select count(*) from maint.search_work_orders(:q, 50)")
                            .bind("q", odd)
                            .mapTo(Long.class)
                            .one());
        }
        // With enough rows, the function's query (the plant written in it, no policy) uses the GIN index.
        String plan = db.adminJdbi().withHandle(h -> {
            h.execute(
                    "insert into maint.work_order (tenant_id, id, number, title, type) select ?, gen_random_uuid(), 0, "
                            + "'Routine oiling ' || g, 'preventive' from generate_series(1, 5000) g",
                    plant);
            h.execute("analyze maint.work_order");
            return String.join(
                    "\n",
                    h.createQuery("explain select w.id from maint.work_order w "
                                    + "where w.tenant_id = :t and w.search @@ websearch_to_tsquery('simple', 'bobbin')")
                            .bind("t", plant)
                            .mapTo(String.class)
                            .list());
        });
        assertThat(plan).contains("work_order_search");
        // With thousands of rows the plan ORs the GIN index with the number's index, whose key is
        // computed whatever the text: a word must never be cast to a number there. Ten times on one
        // connection, as the backlog does through the pool (server-prepared from the sixth).
        db.jdbiAs(operator).useHandle(h -> {
            h.execute("set enable_seqscan = off"); // the plan a big table gets: both arms of the OR by index
            for (int i = 0; i < 10; i++) {
                assertThat(h.createQuery("select w.id from maint.work_order w where w.id in "
                                        + "(select s.id from maint.search_work_orders(:q, :n) s)")
                                .bind("q", "bobbin cracked")
                                .bind("n", 50)
                                .mapTo(UUID.class)
                                .list())
                        .containsExactly(mine);
            }
        });
    }

    @Test
    void anAssetCannotSitUnderALowerLevelOrItself() {
        db.jdbiAs(planner).useHandle(h -> {
            UUID site = db.ids().next();
            UUID line = db.ids().next();
            UUID machine = db.ids().next();
            h.execute(
                    "insert into maint.asset (tenant_id, id, kind, code, name) values (?, ?, 'site', 'S1', 'Site')",
                    plant,
                    site);
            h.execute(
                    "insert into maint.asset (tenant_id, id, parent_id, kind, code, name) values (?, ?, ?, 'line', 'L1', 'Line')",
                    plant,
                    line,
                    site);
            h.execute(
                    "insert into maint.asset (tenant_id, id, parent_id, kind, code, name) values (?, ?, ?, 'machine', 'M1', 'M')",
                    plant,
                    machine,
                    line);
            assertThatThrownBy(() -> h.execute("update maint.asset set parent_id = ? where id = ?", machine, line))
                    .hasMessageContaining("a line cannot be placed under a machine");
            UUID c1 = db.ids().next();
            UUID c2 = db.ids().next();
            h.execute(
                    "insert into maint.asset (tenant_id, id, parent_id, kind, code, name) values (?, ?, ?, 'component', 'C1', 'C')",
                    plant,
                    c1,
                    machine);
            h.execute(
                    "insert into maint.asset (tenant_id, id, parent_id, kind, code, name) values (?, ?, ?, 'component', 'C2', 'C')",
                    plant,
                    c2,
                    c1);
            assertThatThrownBy(() -> h.execute("update maint.asset set parent_id = ? where id = ?", c2, c1))
                    .hasMessageContaining("under itself");
            assertThatThrownBy(() -> h.execute(
                            "insert into maint.asset (tenant_id, id, kind, code, name) "
                                    + "values (?, ?, 'machine', 'M9', 'Floating')",
                            plant,
                            db.ids().next()))
                    .hasMessageContaining("asset_site_is_root");
        });
    }
}
