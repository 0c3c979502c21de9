package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.rollup.ClientJob;
import io.plantdesk.platform.rollup.RollupJobSpec;
import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.platform.rollup.RollupScheduler;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scheduler runs what core.rollup_job registers (no Java declaration to disagree with it), and
 * however many jobs are catching up it holds at most one of the session's connections at a time.
 */
@ExtendWith(PostgresExtension.class)
class RollupSchedulerTest {

    /** Counts the connections open at once through it. */
    private static final class CountingDataSource implements DataSource {
        private final DataSource inner;
        final AtomicInteger open = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        CountingDataSource(DataSource inner) {
            this.inner = inner;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection c = inner.getConnection();
            most.accumulateAndGet(open.incrementAndGet(), Math::max);
            AtomicInteger closed = new AtomicInteger();
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close") && closed.getAndIncrement() == 0) {
                            open.decrementAndGet();
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }

    @Test
    void sixJobsCatchingUpUseOneConnectionAtATime(TestDatabase db) throws Exception {
        WidgetRollup.install(db);
        UUID plant = db.createTenant("Scheduler plant");
        TestUser operator = db.createUser(plant, AppRole.OPERATOR);
        db.adminJdbi().useHandle(h -> {
            for (int i = 1; i <= 5; i++) {
                h.execute(
                        "insert into core.rollup_job (name, bucket, domain, recompute_fn, source_tables, interval_seconds) "
                                + "values ('widget" + i
                                + "', 'day', 'widget', 'core.widget_recompute', '{core.widget_event}', 2)");
                h.execute("select core.track_rollup('core.widget_event', 'widget" + i + "', 'at')");
            }
            // Slow enough that jobs would overlap if the scheduler let them.
            h.execute("update core.widget_slow set seconds = 0.3");
        });
        db.jdbiAs(operator)
                .useHandle(h -> h.execute(
                        "insert into core.widget_event (tenant_id, at, qty) select ?, now() - make_interval(days => d), d from generate_series(2, 40) d",
                        plant));

        CountingDataSource counting = new CountingDataSource(db.dataSourceAs(operator));
        RollupRunner runner = new RollupRunner(Database.jdbiFor(counting));
        assertThat(runner.jobs())
                .extracting(RollupJobSpec::name)
                .contains("activity", "activity_hourly", "widget", "widget1", "widget5");
        assertThat(runner.jobs())
                .filteredOn(j -> j.name().equals("widget"))
                .first()
                .extracting(RollupJobSpec::interval)
                .isEqualTo(Duration.ofSeconds(2));

        Set<String> done = ConcurrentHashMap.newKeySet();
        try (RollupScheduler scheduler = new RollupScheduler(runner, o -> done.add(o.job()))) {
            scheduler.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!done.containsAll(Set.of("widget", "widget1", "widget2", "widget3", "widget4", "widget5"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(scheduler.jobs()).extracting(RollupJobSpec::name).contains("widget3");
        }
        assertThat(done).contains("widget", "widget1", "widget2", "widget3", "widget4", "widget5");
        assertThat(counting.most.get()).isEqualTo(1);
        assertThat(WidgetRollup.stored(db.adminJdbi(), plant))
                .isEqualTo(WidgetRollup.fromScratch(db.adminJdbi(), plant));
    }

    /** The logout waits for the run in progress before it closes the pool (no statement cut half-way). */
    @Test
    void closeLetsTheRunInProgressFinishBeforeThePoolCloses(TestDatabase db) throws Exception {
        UUID plant = db.createTenant("Closing plant");
        TestUser operator = db.createUser(plant, AppRole.OPERATOR);
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<String> outcome = new AtomicReference<>("not run");
        ClientJob slow = new ClientJob() {
            @Override
            public String name() {
                return "test.slow";
            }

            @Override
            public Duration interval() {
                return Duration.ofMinutes(10);
            }

            @Override
            public int run(Jdbi jdbi) {
                try {
                    jdbi.useHandle(h -> {
                        started.countDown(); // a connection in hand: the close comes mid-statement
                        h.execute("select pg_sleep(3)");
                    });
                    outcome.set("finished");
                } catch (RuntimeException e) {
                    outcome.set("cut: " + e.getMessage());
                }
                return 0;
            }
        };
        RollupScheduler scheduler = new RollupScheduler(new RollupRunner(db.jdbiAs(operator)), o -> {}, List.of(slow));
        scheduler.start();
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        scheduler.close();
        assertThat(outcome.get()).isEqualTo("not run"); // close() itself never waits
        assertThat(scheduler.awaitStopped(Duration.ofSeconds(10))).isTrue();
        assertThat(outcome.get()).isEqualTo("finished");
    }
}
