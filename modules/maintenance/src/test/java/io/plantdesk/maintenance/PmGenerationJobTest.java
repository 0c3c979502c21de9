package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.rollup.ClientJob;
import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.platform.rollup.RollupScheduler;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PM generation on the clients' timer: two clients (two people's logins) running the job at the
 * same moment create each due work order once, and the scheduler runs it on its own worker thread.
 */
@ExtendWith(PostgresExtension.class)
class PmGenerationJobTest {

    static final int SCHEDULES = 60;
    TestDatabase db;
    TestUser planner;
    TestUser first;
    TestUser second;

    @BeforeEach
    void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("PM timer plant " + UUID.randomUUID());
        planner = db.createUser(p, AppRole.PLANNER);
        first = db.createUser(p, AppRole.TECHNICIAN);
        second = db.createUser(p, AppRole.SUPERVISOR);
        Fixture plant = Fixture.plant(
                db, planner, "T" + Long.toHexString(System.nanoTime()).substring(8));
        PmService pm = new PmService(db.jdbiAs(planner), Clock.systemUTC());
        OffsetDateTime t = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < SCHEDULES; i++) {
            // Due tomorrow, every 30 days, 7 days ahead: exactly one work order each is due now.
            pm.create(PmScheduleDraft.calendar(
                    i % 2 == 0 ? plant.machine() : plant.machine2(),
                    "Timer job " + i,
                    30,
                    t.plusDays(1).plusMinutes(i),
                    7));
        }
    }

    @Test
    void twoClientsRunningAtOnceCreateEachDueWorkOrderOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> runs = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            for (TestUser client : List.of(first, second)) {
                Jdbi jdbi = db.jdbiAs(client);
                runs.add(pool.submit(() -> {
                    go.await();
                    int made = 0;
                    for (int tick = 0; tick < 30; tick++) { // each tick as the timer would: busy means "next time"
                        made += new PmGenerationJob(2).run(jdbi);
                    }
                    return made;
                }));
            }
            go.countDown();
            int made = 0;
            for (Future<Integer> f : runs) {
                made += f.get();
            }
            assertThat(made).isEqualTo(SCHEDULES);
            assertGeneratedOnceEach();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachClientsSchedulerGeneratesOnItsWorkerThreadAndNothingTwice() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<RollupScheduler> clients = new ArrayList<>();
        try {
            for (TestUser client : List.of(first, second)) {
                ClientJob job = new ClientJob() {
                    final PmGenerationJob pm = new PmGenerationJob(5);

                    @Override
                    public String name() {
                        return pm.name();
                    }

                    @Override
                    public Duration interval() {
                        return Duration.ofMillis(300);
                    }

                    @Override
                    public int run(Jdbi jdbi) {
                        threads.add(Thread.currentThread().getName());
                        return pm.run(jdbi);
                    }
                };
                RollupScheduler s = new RollupScheduler(new RollupRunner(db.jdbiAs(client)), o -> {}, List.of(job));
                clients.add(s);
                s.start();
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (generated() < SCHEDULES && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            Thread.sleep(1000); // a few more rounds of both timers: nothing more is made
        } finally {
            clients.forEach(RollupScheduler::close);
        }
        assertThat(threads).containsOnly("rollup-worker");
        assertGeneratedOnceEach();
    }

    private long generated() {
        return db.jdbiAs(planner)
                .withHandle(h -> h.createQuery("select count(*) from maint.work_order where pm_schedule_id is not null")
                        .mapTo(Long.class)
                        .one());
    }

    private void assertGeneratedOnceEach() {
        long distinct = db.jdbiAs(planner)
                .withHandle(h -> h.createQuery("select count(distinct pm_schedule_id) from maint.work_order "
                                + "where pm_schedule_id is not null")
                        .mapTo(Long.class)
                        .one());
        long cycles = new PmService(db.jdbiAs(planner), Clock.systemUTC())
                .schedules().stream().mapToLong(PmSchedule::cycle).sum();
        assertThat(generated()).isEqualTo(SCHEDULES).isEqualTo(distinct).isEqualTo(cycles);
    }
}
