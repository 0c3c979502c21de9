package io.plantdesk.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.rollup.DataVersionWatcher;
import io.plantdesk.platform.rollup.RollupDao;
import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.platform.rollup.RollupScheduler;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The activity rollup on real audit rows, read as the plant's own admin under RLS. */
@ExtendWith(PostgresExtension.class)
class ActivityRollupTest {

    static TestDatabase db;
    static UUID plant;
    static TestUser admin;
    static TestUser planner;
    static TestUser operator;
    static UUID otherPlant;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        plant = db.createTenant("Activity plant");
        admin = db.createUser(plant, AppRole.ADMIN);
        planner = db.createUser(plant, AppRole.PLANNER);
        operator = db.createUser(plant, AppRole.OPERATOR);
        otherPlant = db.createTenant("Other plant");
        db.createUser(otherPlant, AppRole.ADMIN);
        // Late audit rows for past days, as an import or a replayed offline write would bring.
        db.adminJdbi().useHandle(h -> {
            for (int d = 1; d <= 40; d++) {
                for (int k = 0; k < d % 7 + 1; k++) {
                    String actor = k % 3 == 0 ? admin.login() : planner.login();
                    String table = k % 2 == 0 ? "core.person" : "core.tenant";
                    h.execute(
                            "insert into core.audit_log (tenant_id, at, table_name, row_id, action, new_values, actor) "
                                    + "values (?, now() - make_interval(days => ?, mins => ?), ?, 'x', 'UPDATE', '{}', ?)",
                            plant,
                            d,
                            k * 7,
                            table,
                            actor);
                }
            }
            h.execute(
                    "insert into core.audit_log (tenant_id, at, table_name, row_id, action, actor) "
                            + "values (?, now() - interval '3 days', 'core.person', 'y', 'INSERT', 'someone')",
                    otherPlant);
        });
    }

    private ActivityService service(TestUser who) {
        return new ActivityService(db.jdbiAs(who), Clock.systemUTC());
    }

    private static OffsetDateTime daysAgo(int d) {
        return OffsetDateTime.now(ZoneOffset.UTC)
                .truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                .minusDays(d);
    }

    @Test
    void theMergedReadEqualsTheRawQueryBeforeDuringAndAfterCatchUp() {
        ActivityService s = service(admin);
        OffsetDateTime from = daysAgo(45);
        OffsetDateTime to = daysAgo(-1);
        ActivitySummary raw = s.summaryFromRaw(from, to);
        assertThat(raw.total()).isGreaterThan(100);
        assertThat(s.summary(from, to)).isEqualTo(raw);
        RollupRunner runner = new RollupRunner(db.jdbiAs(operator));
        runner.runOnce("activity", 10);
        assertThat(s.summary(from, to)).isEqualTo(raw);
        runner.catchUp("activity", p -> {}, () -> false);
        assertThat(s.summary(from, to)).isEqualTo(s.summaryFromRaw(from, to));
        assertThat(s.summary(from, to).byActor())
                .extracting(ActivitySummary.Count::key)
                .doesNotContain("someone");
    }

    @Test
    void afterCatchUpTheRollupTableEqualsAScratchAggregation() {
        new RollupRunner(db.jdbiAs(admin)).catchUp("activity", p -> {}, () -> false);
        String rollup = """
                select day_start, dim, key, changes, inserts, updates, deletes from core.activity_daily
                 where tenant_id = :t and day_start < date_trunc('day', now(), 'UTC') order by 1, 2, 3""";
        String scratch = """
                select day_start, dim, key, changes, inserts, updates, deletes from (
                    select date_trunc('day', at, 'UTC') as day_start, 'day' as dim, '' as key, count(*)::int as changes,
                           count(*) filter (where action = 'INSERT')::int as inserts,
                           count(*) filter (where action = 'UPDATE')::int as updates,
                           count(*) filter (where action = 'DELETE')::int as deletes
                      from core.audit_log where tenant_id = :t group by 1
                    union all
                    select date_trunc('day', at, 'UTC'), 'actor', actor, count(*)::int,
                           count(*) filter (where action = 'INSERT')::int, count(*) filter (where action = 'UPDATE')::int,
                           count(*) filter (where action = 'DELETE')::int
                      from core.audit_log where tenant_id = :t group by 1, 3
                    union all
                    select date_trunc('day', at, 'UTC'), 'area', table_name, count(*)::int,
                           count(*) filter (where action = 'INSERT')::int, count(*) filter (where action = 'UPDATE')::int,
                           count(*) filter (where action = 'DELETE')::int
                      from core.audit_log where tenant_id = :t group by 1, 3) s
                 where day_start < date_trunc('day', now(), 'UTC') order by 1, 2, 3""";
        var stored = db.adminJdbi()
                .withHandle(
                        h -> h.createQuery(rollup).bind("t", plant).mapToMap().list());
        var fresh = db.adminJdbi()
                .withHandle(
                        h -> h.createQuery(scratch).bind("t", plant).mapToMap().list());
        assertThat(stored).hasSizeGreaterThan(40).isEqualTo(fresh);
    }

    @Test
    void catchUpGoesInBoundedChunksAndReportsProgress() {
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "insert into core.rollup_invalidation (tenant_id, job, bucket_start) "
                                + "select ?, 'activity', d from generate_series(date_trunc('day', now(), 'UTC') - interval '200 days', "
                                + "date_trunc('day', now(), 'UTC') - interval '100 days', interval '1 day') d on conflict do nothing",
                        plant));
        ConcurrentLinkedQueue<RollupRunner.Progress> progress = new ConcurrentLinkedQueue<>();
        RollupRunner.Outcome o = new RollupRunner(db.jdbiAs(admin)).catchUp("activity", progress::add, () -> false);
        assertThat(o.chunks()).isGreaterThanOrEqualTo(4);
        assertThat(o.buckets()).isGreaterThanOrEqualTo(101);
        assertThat(progress)
                .allMatch(p -> p.done() > 0)
                .last()
                .satisfies(p -> assertThat(p.remaining()).isZero());
    }

    @Test
    void theOperationsOverviewIsForAdminsAndPlanners() {
        new RollupRunner(db.jdbiAs(admin)).runOnce("activity", 5);
        var jobs = db.jdbiAs(planner).withExtension(RollupDao.class, RollupDao::overview);
        assertThat(jobs).extracting(j -> j.job()).contains("activity");
        assertThat(jobs.stream()
                        .filter(j -> j.job().equals("activity"))
                        .findFirst()
                        .orElseThrow()
                        .runs())
                .isPositive();
        assertThatThrownBy(() -> db.jdbiAs(operator).withExtension(RollupDao.class, RollupDao::overview))
                .hasMessageContaining("permission denied");
    }

    @Test
    void aFailedRunIsRecordedWithItsError() {
        assertThatThrownBy(() -> new RollupRunner(db.jdbiAs(planner)).runOnce("no_such_job", 5))
                .hasMessageContaining("no rollup job");
        db.adminJdbi()
                .useHandle(
                        h -> h.execute(
                                "insert into core.rollup_job (name, bucket, domain, recompute_fn, source_tables) "
                                        + "values ('broken', 'day', 'broken', 'core.no_such_function', '{}') on conflict do nothing"));
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "insert into core.rollup_invalidation (tenant_id, job, bucket_start) "
                                + "values (?, 'broken', date_trunc('day', now(), 'UTC') - interval '2 days') on conflict do nothing",
                        plant));
        assertThatThrownBy(() -> new RollupRunner(db.jdbiAs(planner)).runOnce("broken", 5));
        var broken = db.jdbiAs(planner).withExtension(RollupDao.class, RollupDao::overview).stream()
                .filter(j -> j.job().equals("broken"))
                .findFirst()
                .orElseThrow();
        assertThat(broken.lastError()).contains("no_such_function");
        assertThat(broken.pendingBuckets()).isEqualTo(1);
    }

    @Test
    void theSchedulerRunsJobsAndTheWatcherSeesTheirDomainChange() throws Exception {
        DataVersionWatcher watcher = new DataVersionWatcher(db.jdbiAs(admin));
        watcher.poll();
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "insert into core.audit_log (tenant_id, at, table_name, row_id, action, actor) "
                                + "values (?, now() - interval '9 days', 'core.person', 'z', 'DELETE', ?)",
                        plant,
                        admin.login()));
        AtomicBoolean ran = new AtomicBoolean();
        try (RollupScheduler scheduler = new RollupScheduler(
                new RollupRunner(db.jdbiAs(operator)), o -> ran.set(o.job().equals("activity") || ran.get()))) {
            scheduler.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!ran.get() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
        assertThat(ran).isTrue();
        assertThat(watcher.poll()).contains("activity");
        assertThat(watcher.poll()).isEmpty();
    }

    /**
     * Today's closed hours come from the hourly rollup, the current hour and any hour the engine
     * has not caught up with from raw rows: the dashboard equals the raw count before the hourly
     * run, after it, after a late row for a stored hour, and after the run that absorbs it.
     */
    @Test
    void todaysClosedHoursAreStoredAndTheMergedReadStaysExact() {
        // A plant whose local clock is past 03:00, so that today has closed hours whenever this runs.
        String zone = java.util.stream.Stream.of("UTC", "Asia/Dhaka", "America/New_York")
                .filter(z -> java.time.ZonedDateTime.now(java.time.ZoneId.of(z)).getHour() >= 3)
                .findFirst()
                .orElseThrow();
        UUID hourly = db.createTenant("Hourly plant");
        db.adminJdbi().useHandle(h -> h.execute("update core.tenant set time_zone = ? where id = ?", zone, hourly));
        TestUser boss = db.createUser(hourly, AppRole.ADMIN);
        TestUser worker = db.createUser(hourly, AppRole.OPERATOR);
        ActivityService s = service(boss);
        OffsetDateTime from = daysAgo(3);
        OffsetDateTime to = daysAgo(-2);
        long before = s.summaryFromRaw(from, to).total(); // creating the plant and its people is audited too
        String insert = "insert into core.audit_log (tenant_id, at, table_name, row_id, action, actor) "
                + "values (?, date_trunc('day', now(), ?) + cast(? as interval), ?, 'h', 'UPDATE', ?)";
        db.adminJdbi().useHandle(h -> {
            h.execute(insert, hourly, zone, "30 minutes", "core.person", boss.login());
            h.execute(insert, hourly, zone, "90 minutes", "core.tenant", worker.login());
            h.execute(insert, hourly, zone, "100 minutes", "core.person", worker.login());
            h.execute(
                    "insert into core.audit_log (tenant_id, at, table_name, row_id, action, actor) "
                            + "values (?, now(), 'core.person', 'h', 'INSERT', ?)",
                    hourly,
                    boss.login());
        });
        ActivitySummary raw = s.summaryFromRaw(from, to);
        assertThat(raw.total()).isEqualTo(before + 4);
        assertThat(s.summary(from, to)).isEqualTo(raw);

        RollupRunner runner = new RollupRunner(db.jdbiAs(worker));
        runner.catchUp("activity_hourly", p -> {}, () -> false);
        String storedToday =
                "select coalesce(sum(changes), 0) from core.activity_hourly where tenant_id = ? and dim = 'total'";
        java.util.function.LongSupplier storedHours = () -> db.adminJdbi()
                .withHandle(h -> h.select(storedToday, hourly).mapTo(Long.class).one());
        assertThat(storedHours.getAsLong()).isEqualTo(3);
        assertThat(s.summary(from, to)).isEqualTo(raw);

        // A late row for an hour that is already stored: counted live until the next run.
        db.adminJdbi().useHandle(h -> h.execute(insert, hourly, zone, "40 minutes", "core.tenant", boss.login()));
        ActivitySummary late = s.summaryFromRaw(from, to);
        assertThat(late.total()).isEqualTo(before + 5);
        assertThat(s.summary(from, to)).isEqualTo(late);
        runner.catchUp("activity_hourly", p -> {}, () -> false);
        assertThat(storedHours.getAsLong()).isEqualTo(4);
        assertThat(s.summary(from, to)).isEqualTo(late);

        // The stored hours equal a scratch aggregation of the raw rows, group for group.
        String rollup =
                "select hour_start, dim, key, changes from core.activity_hourly where tenant_id = :t order by 1, 2, 3";
        String scratch = """
                select * from (
                    select date_trunc('hour', at, :z) as hour_start, 'total' as dim, '' as key, count(*)::int as changes
                      from core.audit_log where tenant_id = :t group by 1
                    union all
                    select date_trunc('hour', at, :z), 'actor', actor, count(*)::int from core.audit_log where tenant_id = :t group by 1, 3
                    union all
                    select date_trunc('hour', at, :z), 'area', table_name, count(*)::int from core.audit_log where tenant_id = :t group by 1, 3) g
                 where hour_start < date_trunc('hour', now(), :z) order by 1, 2, 3""";
        var stored = db.adminJdbi()
                .withHandle(
                        h -> h.createQuery(rollup).bind("t", hourly).mapToMap().list());
        var fresh = db.adminJdbi()
                .withHandle(h -> h.createQuery(scratch)
                        .bind("t", hourly)
                        .bind("z", zone)
                        .mapToMap()
                        .list());
        assertThat(stored).isNotEmpty().isEqualTo(fresh);
    }

    /** The api other features use: one row's changes, newest first, for the roles that may read the audit log. */
    @Test
    void theAuditTrailGivesARowsHistoryNewestFirstToAdminsOnly() {
        var history = service(admin).history("core.person", "x", 5);
        assertThat(history)
                .hasSize(5)
                .allMatch(e -> e.rowId().equals("x") && e.tableName().equals("core.person"));
        assertThat(history).extracting(e -> e.at()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(service(admin).history("core.person", "no such row", 5)).isEmpty();
        assertThatThrownBy(() -> service(operator).history("core.person", "x", 5))
                .hasMessageContaining("not allowed");
    }
}
