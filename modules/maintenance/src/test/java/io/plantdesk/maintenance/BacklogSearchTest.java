package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The backlog's full-text search finds every match of the person's plant and no other, in the
 * chosen sort, whether the word is rare (its matches looked up through the GIN index and sorted)
 * or common (more matches than {@link WorkOrderService#SEARCH_CANDIDATES}: the match filters the
 * sort's own scan under RLS). Both paths must agree with the rows as written.
 */
@ExtendWith(PostgresExtension.class)
class BacklogSearchTest {

    static final int ROWS = WorkOrderService.SEARCH_CANDIDATES + 300;
    static TestDatabase db;
    static TestUser planner;
    static TestUser otherPlanner;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        planner = db.createUser(db.createTenant("Search plant"), AppRole.PLANNER);
        otherPlanner = db.createUser(db.createTenant("Other search plant"), AppRole.PLANNER);
        // Every title has "needle" (common); one in 50 "clutch" (rare); one in 3 is still requested.
        for (TestUser u : List.of(planner, otherPlanner)) {
            int rows = u == planner ? ROWS : 40;
            db.jdbiAs(u)
                    .useHandle(h -> h.execute(
                            "insert into maint.work_order (tenant_id, id, number, title, type, status, priority) "
                                    + "select core.current_tenant(), gen_random_uuid(), 0, 'Needle change n' || i || case when i % 50 = 0 "
                                    + "then ' clutch' else '' end, 'corrective', case when i % 3 = 0 then 'requested' else 'approved' end, "
                                    + "1 + i % 4 from generate_series(1, ?) i order by i",
                            rows));
        }
    }

    WorkOrderService orders() {
        return new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC());
    }

    /** Every page of the query, 200 at a time. */
    List<BacklogRow> all(BacklogQuery q) {
        List<BacklogRow> out = new ArrayList<>();
        for (int offset = 0; ; offset += 200) {
            BacklogPage page = orders().backlog(q.withPage(offset, 200));
            out.addAll(page.rows());
            if (!page.hasMore()) {
                return out;
            }
        }
    }

    static int index(BacklogRow r) {
        return Integer.parseInt(r.title().split(" ")[2].substring(1));
    }

    @Test
    void aCommonWordFindsEveryMatchOfThePlantInTheSortChosen() {
        List<BacklogRow> rows = all(BacklogQuery.open().withText("needle").withSort(BacklogSort.NUMBER, true));
        assertThat(rows).hasSize(ROWS);
        assertThat(rows)
                .isSortedAccordingTo(
                        Comparator.comparingLong(BacklogRow::number).reversed());
        assertThat(rows)
                .extracting(BacklogSearchTest::index)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, ROWS).boxed().toList());
        // Filtered and sorted another way: the requested ones, by priority.
        List<BacklogRow> requested = all(BacklogQuery.open()
                .withText("NEEDLE")
                .withStatuses(Set.of(WorkOrderStatus.REQUESTED))
                .withSort(BacklogSort.PRIORITY, false));
        assertThat(requested)
                .extracting(BacklogSearchTest::index)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, ROWS)
                        .filter(i -> i % 3 == 0)
                        .boxed()
                        .toList());
        assertThat(requested)
                .isSortedAccordingTo(Comparator.comparingInt(r -> r.priority().code()));
    }

    @Test
    void aRareWordAPhraseAnExclusionAndANumberFindExactlyTheirRows() {
        assertThat(all(BacklogQuery.open().withText("clutch").withSort(BacklogSort.TITLE, false)))
                .extracting(BacklogSearchTest::index)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, ROWS)
                        .filter(i -> i % 50 == 0)
                        .boxed()
                        .toList());
        assertThat(all(BacklogQuery.open().withText("\"change n150 clutch\"")))
                .extracting(BacklogSearchTest::index)
                .containsExactly(150);
        // Common word less a rare one: still the common path, still exact.
        assertThat(all(BacklogQuery.open().withText("needle -clutch"))).hasSize(ROWS - ROWS / 50);
        BacklogRow any = all(BacklogQuery.open().withText("n77")).getFirst();
        assertThat(all(BacklogQuery.open().withText(String.valueOf(any.number()))))
                .extracting(BacklogRow::id)
                .contains(any.id());
        assertThat(all(BacklogQuery.open().withText("nosuchword"))).isEmpty();
    }

    @Test
    void neitherPathShowsAnotherPlantsWorkOrders() {
        List<UUID> others = db.jdbiAs(otherPlanner)
                .withHandle(h -> h.createQuery("select id from maint.work_order")
                        .mapTo(UUID.class)
                        .list());
        assertThat(others).hasSize(40);
        assertThat(all(BacklogQuery.open().withText("needle")))
                .extracting(BacklogRow::id)
                .doesNotContainAnyElementsOf(others);
        assertThat(all(BacklogQuery.open().withText("clutch")))
                .extracting(BacklogRow::id)
                .doesNotContainAnyElementsOf(others)
                .hasSize(ROWS / 50);
    }

    @Test
    void theLookupKeepsToThePlantAndTheStatusesAskedFor() {
        // "clutch": every 50th row; one in 3 of the plant's rows is requested, the rest approved.
        Map<String, Integer> counts = new LinkedHashMap<>();
        db.jdbiAs(planner).useHandle(h -> {
            for (String statuses : List.of("{requested}", "{requested,approved}", "{closed,requested}")) {
                counts.put(
                        statuses,
                        h.createQuery(
                                        "select count(*) from maint.match_work_orders('clutch', 1000, cast(:s as text[]))")
                                .bind("s", statuses)
                                .mapTo(Integer.class)
                                .one());
            }
            counts.put(
                    "any",
                    h.createQuery("select count(*) from maint.match_work_orders('clutch', 1000, null)")
                            .mapTo(Integer.class)
                            .one());
            counts.put(
                    "capped",
                    h.createQuery("select count(*) from maint.match_work_orders('needle', 7, null)")
                            .mapTo(Integer.class)
                            .one());
        });
        int requested =
                (int) IntStream.rangeClosed(1, ROWS).filter(i -> i % 150 == 0).count();
        assertThat(counts)
                .containsEntry("{requested}", requested)
                .containsEntry("{requested,approved}", ROWS / 50)
                .containsEntry("{closed,requested}", requested)
                .containsEntry("any", ROWS / 50)
                .containsEntry("capped", 7);
    }
}
