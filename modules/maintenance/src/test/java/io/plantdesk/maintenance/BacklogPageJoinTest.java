package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A backlog page reads the assets of its own rows only. A two-word search's matches are looked up
 * (maint.match_work_orders) and the page sorts them; the asset join used to sit below the page's
 * limit, so every match was joined to its asset and PostgreSQL hashed all the plant's assets
 * (50,000 at the bench's million: most of the two-word search's time). Counted with EXPLAIN
 * ANALYZE as the planner under RLS: the rows read from maint.asset, not the time. And the lookup
 * returns the page's rows only, already sorted, so the page does not fetch every match again.
 */
@ExtendWith(PostgresExtension.class)
class BacklogPageJoinTest {

    static final int MATCHES = 400;
    static final int PAGE = 20;

    @Test
    void aSearchPageJoinsTheAssetsOfItsOwnRowsOnly(TestDatabase db) {
        TestUser planner = db.createUser(db.createTenant("Join plant"), AppRole.PLANNER);
        db.jdbiAs(planner).useHandle(h -> {
            h.execute("insert into maint.asset (tenant_id, id, kind, code, name) "
                    + "select core.current_tenant(), gen_random_uuid(), 'site', 'S' || i, 'Site ' || i "
                    + "from generate_series(1, 3000) i");
            h.execute(
                    "insert into maint.work_order (tenant_id, id, number, title, type, status, priority, asset_id) "
                            + "select core.current_tenant(), gen_random_uuid(), 0, 'Steam hose n' || i, 'corrective', "
                            + "'approved', 1 + i % 4, (select a.id from maint.asset a where a.code = 'S' || i) "
                            + "from generate_series(1, ?) i order by i",
                    MATCHES);
            h.execute("analyze maint.asset");
            h.execute("analyze maint.work_order");
        });
        BacklogQuery q = BacklogQuery.open().withText("hose steam").withPage(0, PAGE);
        List<UUID> matches = db.jdbiAs(planner)
                .withHandle(h -> h.createQuery("select id from maint.match_work_orders(:t, 10000, "
                                + "array['requested', 'approved', 'scheduled', 'in_progress', 'on_hold'])")
                        .bind("t", q.text())
                        .mapTo(UUID.class)
                        .list());
        assertThat(matches).hasSize(MATCHES);

        String plan = db.jdbiAs(planner)
                .withHandle(h -> String.join(
                        "\n",
                        BacklogSql.of(q, matches)
                                .query(h, "explain (analyze, costs off, timing off, summary off) ")
                                .mapTo(String.class)
                                .list()));
        assertThat(assetRowsRead(plan)).as(plan).isLessThanOrEqualTo(PAGE + 1);

        // The lookup itself returns the page's rows and those before it only, in the sort's order (V109): the
        // page then reads those, not every match again.
        List<UUID> firstOfSort =
                db.jdbiAs(planner).withHandle(h -> WorkOrderService.searchCandidates(h, q.withPage(5, PAGE), 10_000));
        List<UUID> expected = db.jdbiAs(planner)
                .withHandle(h -> h.createQuery("select id from maint.work_order where id = any (:m) "
                                + "order by priority, number limit :n")
                        .bind("m", matches.toArray(UUID[]::new))
                        .bind("n", 5 + PAGE + 1)
                        .mapTo(UUID.class)
                        .list());
        assertThat(firstOfSort).containsExactlyElementsOf(expected);
        List<UUID> tooMany = db.jdbiAs(planner).withHandle(h -> WorkOrderService.searchCandidates(h, q, MATCHES));
        assertThat(tooMany)
                .as("as many matches as the cap: too common to look up")
                .isNull();

        // And the page is still the sort's first rows, with their assets.
        BacklogPage page = new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC()).backlog(q);
        assertThat(page.rows())
                .hasSize(PAGE)
                .allSatisfy(r ->
                        assertThat(r.assetName()).isEqualTo("Site " + r.title().substring("Steam hose n".length())));
        assertThat(page.rows()).extracting(r -> r.priority().code()).isSorted();
    }

    /** The rows the plan's scans of maint.asset returned, all loops counted. */
    private static long assetRowsRead(String plan) {
        Pattern scan = Pattern.compile("Scan.* on asset a \\(actual rows=([0-9.]+) loops=([0-9]+)\\)");
        long total = 0;
        for (String line : plan.split("\n")) {
            Matcher m = scan.matcher(line);
            if (m.find()) {
                total += Math.round(Double.parseDouble(m.group(1)) * Long.parseLong(m.group(2)));
            }
        }
        return total;
    }
}
