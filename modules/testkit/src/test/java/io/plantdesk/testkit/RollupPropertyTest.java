package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.rollup.RollupRun;
import io.plantdesk.platform.rollup.RollupRunner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * After any interleaving of inserts, updates (also moving rows to another day), deletes and late
 * rows, with 1 to 8 concurrent runners, the rollup equals an aggregation from scratch, row for row;
 * and the recompute's canary never saw two runners in one plant's job at once.
 */
@ExtendWith(PostgresExtension.class)
class RollupPropertyTest {

    static TestDatabase db;
    static UUID plantA;
    static UUID plantB;
    static TestUser writerA;
    static TestUser writerB;
    static TestUser runnerA;
    static TestUser runnerB;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        WidgetRollup.install(db);
        plantA = db.createTenant("Property plant A");
        plantB = db.createTenant("Property plant B");
        writerA = db.createUser(plantA, AppRole.OPERATOR);
        writerB = db.createUser(plantB, AppRole.OPERATOR);
        runnerA = db.createUser(plantA, AppRole.SUPERVISOR);
        runnerB = db.createUser(plantB, AppRole.TECHNICIAN);
    }

    @ParameterizedTest(name = "seed {0}, {1} runner(s)")
    @CsvSource({"11, 1", "23, 2", "37, 4", "41, 8", "53, 8"})
    void theRollupAlwaysEqualsAnAggregationFromScratch(long seed, int runners) throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(runners + 3);
        List<Future<?>> tasks = new ArrayList<>();
        tasks.add(pool.submit(() -> write(writerA, seed, 250, failures)));
        tasks.add(pool.submit(() -> write(writerA, seed + 1, 250, failures)));
        tasks.add(pool.submit(() -> write(writerB, seed + 2, 150, failures)));
        for (int i = 0; i < runners; i++) {
            TestUser who = i % 3 == 2 ? runnerB : runnerA;
            Random random = new Random(seed * 31 + i);
            pool.submit(() -> {
                RollupRunner runner = new RollupRunner(db.jdbiAs(who));
                while (writing.get()) {
                    try {
                        runner.runOnce("widget", 1 + random.nextInt(4));
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            });
        }
        for (int i = 0; i < 3; i++) {
            tasks.get(i).get(120, TimeUnit.SECONDS);
        }
        writing.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(failures).isEmpty();

        drain(runnerA);
        drain(runnerB);
        assertThat(WidgetRollup.stored(db.adminJdbi(), plantA))
                .isNotEmpty()
                .isEqualTo(WidgetRollup.fromScratch(db.adminJdbi(), plantA));
        assertThat(WidgetRollup.stored(db.adminJdbi(), plantB))
                .isEqualTo(WidgetRollup.fromScratch(db.adminJdbi(), plantB));
    }

    private static void drain(TestUser who) {
        RollupRunner runner = new RollupRunner(db.jdbiAs(who));
        RollupRun r;
        do {
            r = runner.runOnce("widget", 100);
        } while (!r.caughtUp());
    }

    /** Random writes as one person: days 1 to 12 ago, a few very late rows, moves, deletes. */
    private static void write(TestUser who, long seed, int operations, ConcurrentLinkedQueue<Throwable> failures) {
        Random random = new Random(seed);
        try (Connection c = db.connectAs(who)) {
            PreparedStatement insert = c.prepareStatement(
                    "insert into core.widget_event (tenant_id, at, qty) values (?, date_trunc('day', now(), 'UTC') "
                            + "- make_interval(days => ?) + make_interval(mins => ?), ?)");
            Statement s = c.createStatement();
            for (int i = 0; i < operations; i++) {
                try {
                    writeOne(who, random, insert, s);
                } catch (java.sql.SQLException e) {
                    // Two writers updating the same random rows may deadlock; clients retry, so do we.
                    if (!"40P01".equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        } catch (Exception e) {
            failures.add(e);
        }
    }

    private static void writeOne(TestUser who, Random random, PreparedStatement insert, Statement s)
            throws java.sql.SQLException {
        {
            {
                int op = random.nextInt(10);
                if (op < 5) {
                    int rows = 1 + random.nextInt(3);
                    for (int k = 0; k < rows; k++) {
                        insert.setObject(1, who.tenantId());
                        insert.setInt(2, random.nextInt(20) == 0 ? 40 + random.nextInt(200) : 1 + random.nextInt(12));
                        insert.setInt(3, random.nextInt(24 * 60));
                        insert.setInt(4, 1 + random.nextInt(50));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                } else if (op < 7) {
                    s.executeUpdate("update core.widget_event set qty = qty + " + (1 + random.nextInt(5))
                            + " where id in (select id from core.widget_event order by random() limit "
                            + (1 + random.nextInt(4)) + ")");
                } else if (op < 9) {
                    s.executeUpdate("update core.widget_event set at = at - interval '" + (1 + random.nextInt(3))
                            + " days' where id in (select id from core.widget_event where at > now() - interval '10 days' "
                            + "order by random() limit 2)");
                } else {
                    s.executeUpdate("delete from core.widget_event where id in "
                            + "(select id from core.widget_event order by random() limit " + (1 + random.nextInt(3))
                            + ")");
                }
            }
        }
    }
}
