package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.rollup.RollupRun;
import io.plantdesk.platform.rollup.RollupRunner;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The interleavings that random testing rarely hits, forced one by one. */
@ExtendWith(PostgresExtension.class)
class RollupInterleavingTest {

    static TestDatabase db;
    UUID plant;
    TestUser writer;
    TestUser runner;

    RollupInterleavingTest(TestDatabase database) {
        if (db == null) {
            db = database;
            WidgetRollup.install(db);
        }
    }

    @BeforeEach
    void newPlant() {
        plant = db.createTenant("Interleaving plant");
        writer = db.createUser(plant, AppRole.OPERATOR);
        runner = db.createUser(plant, AppRole.SUPERVISOR);
    }

    private void insertTwoDaysAgo(Statement s, int qty) throws Exception {
        s.executeUpdate("insert into core.widget_event (tenant_id, at, qty) values ('" + plant
                + "', date_trunc('day', now(), 'UTC') - interval '2 days' + interval '3 hours', " + qty + ")");
    }

    @Test
    void aRunnerWaitsForAWriterWhoseInvalidationItWouldConsume() throws Exception {
        try (Connection c = db.connectAs(writer);
                Statement s = c.createStatement()) {
            insertTwoDaysAgo(s, 5); // committed: the day is invalidated
            c.setAutoCommit(false);
            insertTwoDaysAgo(s, 7); // not yet committed, same day
            CompletableFuture<RollupRun> run =
                    CompletableFuture.supplyAsync(() -> new RollupRunner(db.jdbiAs(runner)).runOnce("widget", 10));
            Thread.sleep(700);
            assertThat(run)
                    .as("the runner must wait for the writer holding the day's invalidation")
                    .isNotDone();
            c.commit();
            assertThat(run.get(30, TimeUnit.SECONDS).status()).isEqualTo("done");
        }
        assertThat(WidgetRollup.stored(db.adminJdbi(), plant))
                .isEqualTo(WidgetRollup.fromScratch(db.adminJdbi(), plant))
                .singleElement()
                .satisfies(row -> assertThat(row.get("qty")).isEqualTo(12L));
    }

    @Test
    void aWriterArrivingDuringARunInvalidatesAgain() throws Exception {
        try (Connection c = db.connectAs(writer);
                Statement s = c.createStatement()) {
            insertTwoDaysAgo(s, 5);
            setSleep(2);
            CompletableFuture<RollupRun> run =
                    CompletableFuture.supplyAsync(() -> new RollupRunner(db.jdbiAs(runner)).runOnce("widget", 10));
            awaitRunnerInRecompute();
            CompletableFuture<Void> write = CompletableFuture.runAsync(() -> {
                try {
                    insertTwoDaysAgo(s, 7);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            run.get(30, TimeUnit.SECONDS);
            setSleep(0);
            write.get(30, TimeUnit.SECONDS);
        }
        RollupRunner r = new RollupRunner(db.jdbiAs(runner));
        while (!r.runOnce("widget", 10).caughtUp()) {
            Thread.onSpinWait();
        }
        assertThat(WidgetRollup.stored(db.adminJdbi(), plant))
                .isEqualTo(WidgetRollup.fromScratch(db.adminJdbi(), plant));
    }

    @Test
    void aRunnerKilledMidTransactionLeavesNothingHalfDoneAndTheNextRunCompletes() throws Exception {
        try (Connection c = db.connectAs(writer);
                Statement s = c.createStatement()) {
            insertTwoDaysAgo(s, 5);
            s.executeUpdate("insert into core.widget_event (tenant_id, at, qty) values ('" + plant
                    + "', date_trunc('day', now(), 'UTC') - interval '5 days', 3)");
        }
        long pendingBefore = pending();
        setSleep(60);
        CompletableFuture<RollupRun> run =
                CompletableFuture.supplyAsync(() -> new RollupRunner(db.jdbiAs(runner)).runOnce("widget", 10));
        int pid = awaitRunnerInRecompute();
        db.adminJdbi()
                .useHandle(h -> h.createQuery("select pg_terminate_backend(:pid)")
                        .bind("pid", pid)
                        .mapTo(Boolean.class)
                        .one());
        assertThatThrownBy(() -> run.get(30, TimeUnit.SECONDS)).hasRootCauseInstanceOf(java.sql.SQLException.class);
        setSleep(0);

        assertThat(pending()).isEqualTo(pendingBefore);
        assertThat(WidgetRollup.stored(db.adminJdbi(), plant)).isEmpty();
        RollupRun next = new RollupRunner(db.jdbiAs(runner)).runOnce("widget", 10);
        assertThat(next.status()).isEqualTo("done");
        assertThat(next.buckets()).isEqualTo(2);
        assertThat(WidgetRollup.stored(db.adminJdbi(), plant))
                .hasSize(2)
                .isEqualTo(WidgetRollup.fromScratch(db.adminJdbi(), plant));
    }

    @Test
    void anotherClientHoldingThePlantsJobMakesARunBusy() throws Exception {
        try (Connection c = db.connectAs(writer);
                Statement s = c.createStatement()) {
            insertTwoDaysAgo(s, 1);
        }
        try (Connection holder = db.admin().getConnection();
                Statement s = holder.createStatement()) {
            // Another runner: the job ran in this plant before, and now it holds the state row until it commits.
            s.execute("insert into core.rollup_state (tenant_id, job) values ('" + plant
                    + "', 'widget') on conflict do nothing");
            holder.setAutoCommit(false);
            s.execute(
                    "select 1 from core.rollup_state where tenant_id = '" + plant + "' and job = 'widget' for update");
            RollupRun r = new RollupRunner(db.jdbiAs(runner)).runOnce("widget", 10);
            assertThat(r.busy()).isTrue();
            holder.rollback();
        }
        assertThat(new RollupRunner(db.jdbiAs(runner)).runOnce("widget", 10).status())
                .isEqualTo("done");
    }

    private long pending() {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select count(*) from core.rollup_invalidation where tenant_id = :t and job = 'widget'")
                        .bind("t", plant)
                        .mapTo(Long.class)
                        .one());
    }

    private void setSleep(int seconds) {
        db.adminJdbi().useHandle(h -> h.execute("update core.widget_slow set seconds = ?", seconds));
    }

    private int awaitRunnerInRecompute() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Integer pid = db.adminJdbi()
                    .withHandle(h -> h.createQuery(
                                    "select pid from pg_stat_activity where usename = :u and query like '%run_rollup%' and wait_event = 'PgSleep'")
                            .bind("u", runner.login())
                            .mapTo(Integer.class)
                            .findFirst()
                            .orElse(null));
            if (pid != null) {
                return pid;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the runner never reached its recompute");
    }
}
