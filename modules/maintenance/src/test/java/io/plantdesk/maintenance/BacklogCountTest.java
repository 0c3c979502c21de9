package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The counted backlog (maint.backlog_count, kept by statement triggers) equals the open work
 * orders counted from scratch after concurrent planners create, re-date, re-estimate, move
 * through the workflow (one and several work orders a statement) and delete work orders, and the
 * KPI backlog read from it equals the one read from every open work order.
 */
@ExtendWith(PostgresExtension.class)
class BacklogCountTest {

    private static final String[][] STEPS = {
        {"requested", "approved"},
        {"approved", "scheduled"},
        {"scheduled", "in_progress"},
        {"in_progress", "completed"},
        {"approved", "cancelled"},
        {"completed", "in_progress"}
    };

    @Test
    void theCountEqualsTheOpenWorkOrdersAfterConcurrentWrites(TestDatabase db) throws Exception {
        UUID p = db.createTenant("Count plant");
        UUID other = db.createTenant("Other count plant");
        List<TestUser> planners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            planners.add(db.createUser(p, AppRole.PLANNER));
        }
        TestUser stranger = db.createUser(other, AppRole.PLANNER);
        OffsetDateTime today = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
        ExecutorService pool = Executors.newFixedThreadPool(planners.size() + 1);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < planners.size(); i++) {
                Jdbi jdbi = db.jdbiAs(planners.get(i));
                long seed = 7L * i + 1;
                runs.add(pool.submit(() -> writes(db, jdbi, new Random(seed), today, 60)));
            }
            runs.add(pool.submit(() -> writes(db, db.jdbiAs(stranger), new Random(99), today, 30)));
            for (Future<?> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        // Deletes (only an admin may): their shares go too.
        db.adminJdbi().useHandle(h -> {
            h.execute(
                    "delete from maint.work_order_status s using maint.work_order w where w.tenant_id = ? "
                            + "and w.number % 7 = 0 and s.tenant_id = w.tenant_id and s.work_order_id = w.id",
                    p);
            h.execute("delete from maint.work_order where tenant_id = ? and number % 7 = 0", p);
        });

        for (UUID plant : List.of(p, other)) {
            List<Map<String, Object>> counted = db.adminJdbi()
                    .withHandle(h -> h.createQuery("select due_day, open_count, hours, ready_hours, requested_sum "
                                    + "from maint.backlog_count where tenant_id = :t order by due_day")
                            .bind("t", plant)
                            .mapToMap()
                            .list());
            List<Map<String, Object>> scratch = db.adminJdbi()
                    .withHandle(h -> h.createQuery(
                                    "select coalesce((due_at at time zone 'UTC')::date, 'infinity'::date) as due_day, "
                                            + "count(*) as open_count, coalesce(sum(estimated_hours), 0) as hours, "
                                            + "coalesce(sum(estimated_hours) filter (where status in ('approved', 'scheduled')), 0) as ready_hours, "
                                            + "sum(extract(epoch from requested_at)) as requested_sum from maint.work_order "
                                            + "where tenant_id = :t and status not in ('completed', 'closed', 'cancelled') "
                                            + "group by 1 order by 1")
                            .bind("t", plant)
                            .mapToMap()
                            .list());
            assertThat(counted).hasSize(scratch.size());
            for (int i = 0; i < scratch.size(); i++) {
                for (String k : List.of("due_day", "open_count")) {
                    assertThat(counted.get(i).get(k))
                            .as(k)
                            .isEqualTo(scratch.get(i).get(k));
                }
                for (String k : List.of("hours", "ready_hours", "requested_sum")) {
                    assertThat((BigDecimal) counted.get(i).get(k)).as(k).isEqualByComparingTo((BigDecimal)
                            scratch.get(i).get(k));
                }
            }
            assertThat(counted).isNotEmpty();
        }
        KpiService kpis = new KpiService(db.jdbiAs(planners.getFirst()));
        Backlog counted = kpis.backlog();
        Backlog raw = kpis.backlogFromRaw();
        assertThat(counted.count()).isEqualTo(raw.count()).isPositive();
        assertThat(counted.hours()).isEqualByComparingTo(raw.hours());
        assertThat(counted.readyHours()).isEqualByComparingTo(raw.readyHours());
        assertThat(counted.overdue()).isEqualTo(raw.overdue()).isPositive();
        // Read a moment apart: the same to the tenth of a day but at a rounding edge.
        assertThat(counted.averageAgeDays()).isCloseTo(raw.averageAgeDays(), within(new BigDecimal("0.1")));
    }

    /** A planner's random writes on their own work orders, each statement on its own. */
    private static Void writes(TestDatabase db, Jdbi jdbi, Random rnd, OffsetDateTime today, int n) {
        List<UUID> mine = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int op = mine.size() < 3 ? 0 : rnd.nextInt(5);
            jdbi.useHandle(h -> {
                switch (op) {
                    case 0 -> {
                        UUID id = db.ids().next();
                        h.execute(
                                "insert into maint.work_order (tenant_id, id, number, title, type, requested_at, due_at, "
                                        + "estimated_hours) values (core.current_tenant(), ?, 0, 'Job', 'corrective', ?, ?, ?)",
                                id,
                                today.minusDays(rnd.nextInt(30)).plusMinutes(rnd.nextInt(1440)),
                                rnd.nextInt(5) == 0
                                        ? null
                                        : today.plusDays(rnd.nextInt(11) - 5).plusHours(rnd.nextInt(24)),
                                rnd.nextInt(4) == 0 ? null : BigDecimal.valueOf(rnd.nextInt(40), 1));
                        mine.add(id);
                    }
                    case 1 ->
                        h.execute(
                                "update maint.work_order set due_at = ? where id = ?",
                                rnd.nextBoolean() ? null : today.plusDays(rnd.nextInt(11) - 5),
                                mine.get(rnd.nextInt(mine.size())));
                    case 2 ->
                        h.execute(
                                "update maint.work_order set estimated_hours = ? where id = any (?)",
                                BigDecimal.valueOf(rnd.nextInt(80), 1),
                                some(mine, rnd));
                    default -> {
                        String[] step = STEPS[rnd.nextInt(STEPS.length)];
                        String extra = step[1].equals("scheduled")
                                ? ", scheduled_start = now(), scheduled_end = now() + interval '1 hour'"
                                : step[1].equals("completed") ? ", completed_at = now()" : "";
                        h.execute(
                                "update maint.work_order set status = ?" + extra + " where status = ? and id = any (?)",
                                step[1],
                                step[0],
                                some(mine, rnd));
                    }
                }
            });
        }
        return null;
    }

    private static UUID[] some(List<UUID> ids, Random rnd) {
        List<UUID> out = new ArrayList<>();
        for (UUID id : ids) {
            if (rnd.nextInt(3) == 0) {
                out.add(id);
            }
        }
        return out.toArray(UUID[]::new);
    }
}
