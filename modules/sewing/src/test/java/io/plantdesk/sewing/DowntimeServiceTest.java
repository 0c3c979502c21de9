package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Stops on the floor: a breakdown opens one work order in one action; start and stop are replay-safe. */
@ExtendWith(PostgresExtension.class)
class DowntimeServiceTest {

    static TestDatabase db;
    static Floor floor;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        floor = Floor.build(db, "DOWN");
    }

    private DowntimeService as(TestUser user) {
        return new DowntimeService(
                db.jdbiAs(user),
                Clock.systemUTC(),
                MaintenanceApis.find().map(a -> a.workRequests(db.jdbiAs(user), Clock.systemUTC())));
    }

    private long count(String sql) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void aBreakdownOpensOneCorrectiveWorkOrderForTheMachineAlsoWhenReplayed() {
        UUID key = UUID.randomUUID();
        DowntimeStart start = new DowntimeStart(
                key,
                floor.line().id(),
                floor.machine(),
                DowntimeReason.MACHINE_BREAKDOWN,
                "Needle breaks every few minutes\nthread tension looks wrong",
                Floor.utc("2026-03-02T09:00"));
        Downtime d = as(floor.ana()).start(start);
        assertThat(d.repeated()).isFalse();
        assertThat(d.running()).isTrue();
        assertThat(d.workOrderNumber()).isNotNull();
        var wo = db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select type || ' ' || status || ' ' || title from maint.work_order where id = ? and asset_id = ?")
                        .bind(0, d.workOrderId())
                        .bind(1, floor.machine())
                        .mapTo(String.class)
                        .one());
        assertThat(wo).isEqualTo("corrective requested Needle breaks every few minutes");
        // The number the stop shows is the one maintenance's api gave (sewing reads no maint.* table).
        Integer number = db.adminJdbi()
                .withHandle(h -> h.createQuery("select number from maint.work_order where id = ?")
                        .bind(0, d.workOrderId())
                        .mapTo(Integer.class)
                        .one());
        assertThat(number).isEqualTo(d.workOrderNumber());

        Downtime again = as(floor.ana()).start(start);
        assertThat(again.repeated()).isTrue();
        assertThat(again.id()).isEqualTo(d.id());
        assertThat(again.workOrderNumber()).isEqualTo(number); // a replay names the same work order
        assertThat(count("select count(*) from maint.work_order where asset_id = '" + floor.machine() + "'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from sewing.downtime where machine_id = '" + floor.machine() + "'"))
                .isEqualTo(1);

        // A second breakdown of the same machine while the first runs is a mistake, said so.
        assertThatThrownBy(() -> as(floor.ben())
                        .start(new DowntimeStart(
                                UUID.randomUUID(),
                                floor.line().id(),
                                floor.machine(),
                                DowntimeReason.MACHINE_BREAKDOWN,
                                "",
                                null)))
                .hasMessage("Line 1 already has this stop running; stop it before starting it again.");
        assertThat(count("select count(*) from maint.work_order where asset_id = '" + floor.machine() + "'"))
                .isEqualTo(1);

        UUID stopKey = UUID.randomUUID();
        Downtime stopped = as(floor.ana()).stop(stopKey, d.id(), Floor.utc("2026-03-02T09:45"));
        assertThat(stopped.running()).isFalse();
        assertThat(as(floor.ana()).stop(stopKey, d.id(), null).repeated()).isTrue();
        assertThat(as(floor.ana()).stop(stopKey, d.id(), null).endedAt()).isEqualTo(Floor.utc("2026-03-02T09:45"));
        assertThatThrownBy(() -> as(floor.ben()).stop(UUID.randomUUID(), d.id(), null))
                .hasMessage("This stop has already been ended.");
    }

    @Test
    void aBreakdownNamesItsMachineAndAStopEndsAfterItStarted() {
        assertThatThrownBy(() -> as(floor.ana())
                        .start(new DowntimeStart(
                                UUID.randomUUID(),
                                floor.line().id(),
                                null,
                                DowntimeReason.MACHINE_BREAKDOWN,
                                "",
                                null)))
                .hasMessage("A machine breakdown needs the machine that stopped.");
        // The rules hold in the database for any writer.
        assertThatThrownBy(() -> db.jdbiAs(floor.ana())
                        .useHandle(h -> h.execute(
                                "insert into sewing.downtime (tenant_id, id, start_key, line_id, reason, started_at) "
                                        + "values (core.current_tenant(), ?, ?, ?, 'machine_breakdown', now())",
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                floor.line().id())))
                .hasMessageContaining("downtime_breakdown_names_machine");
        Downtime power = as(floor.ana())
                .start(new DowntimeStart(
                        UUID.randomUUID(),
                        floor.line().id(),
                        null,
                        DowntimeReason.POWER,
                        "Mains off",
                        Floor.utc("2026-03-03T10:00")));
        assertThat(power.workOrderId()).isNull();
        // An end before the start (two stations' clocks disagree) is clamped to a second after
        // it (core.floor_time), not refused: refused, the stop would stay running for ever.
        as(floor.ana()).stop(UUID.randomUUID(), power.id(), Floor.utc("2026-03-03T09:00"));
        assertThat(db.adminJdbi()
                        .withHandle(h -> h.createQuery("select ended_at from sewing.downtime where id = ?")
                                .bind(0, power.id())
                                .mapTo(java.time.OffsetDateTime.class)
                                .one())
                        .toInstant())
                .isEqualTo(Floor.utc("2026-03-03T10:00").plusSeconds(1).toInstant());
        // The database still refuses it from any other writer.
        assertThatThrownBy(() -> db.jdbiAs(floor.ana())
                        .useHandle(h -> h.execute(
                                "update sewing.downtime set ended_at = started_at - interval '1 hour' where id = ?",
                                power.id())))
                .hasMessageContaining("downtime_ends_after_start");
    }

    @Test
    void twoStationsReportingOneMachinesBreakdownAtOnceOpenOneStopAndOneWorkOrder() throws Exception {
        // The machine is reported from two lines' stations (a machine moved between lines is
        // still one machine), each with its own key, at the same moment.
        Line other =
                new FloorSetupService(db.jdbiAs(floor.supervisor()), Clock.systemUTC()).createLine("L2", "Line 2", 60);
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.function.Function<UUID, java.util.concurrent.Callable<Object>> report = line -> () -> {
            DowntimeService service = as(line.equals(other.id()) ? floor.ben() : floor.ana());
            together.await();
            try {
                return service.start(new DowntimeStart(
                        UUID.randomUUID(),
                        line,
                        floor.machine2(),
                        DowntimeReason.MACHINE_BREAKDOWN,
                        "Motor smells burnt",
                        Floor.utc("2026-03-04T08:00")));
            } catch (RuntimeException e) {
                return e;
            }
        };
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var a = pool.submit(report.apply(floor.line().id()));
            var b = pool.submit(report.apply(other.id()));
            List<Object> results = List.of(a.get(), b.get());
            assertThat(results).filteredOn(Downtime.class::isInstance).hasSize(1);
            assertThat(results)
                    .filteredOn(RuntimeException.class::isInstance)
                    .singleElement()
                    .extracting(r -> ((RuntimeException) r).getMessage())
                    .isEqualTo(
                            "This machine's breakdown is already reported and still running; it has its work order.");
        }
        assertThat(count("select count(*) from maint.work_order where asset_id = '" + floor.machine2() + "'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from sewing.downtime where ended_at is null and machine_id = '"
                        + floor.machine2() + "'"))
                .isEqualTo(1);
    }

    @Test
    void theDatabaseKeepsOneRunningBreakdownPerMachineAcrossConnections() throws Exception {
        Line third =
                new FloorSetupService(db.jdbiAs(floor.supervisor()), Clock.systemUTC()).createLine("L3", "Line 3", 60);
        UUID machine = floor.machine();
        String insert =
                "insert into sewing.downtime (tenant_id, id, start_key, line_id, machine_id, reason, started_at) "
                        + "values (core.current_tenant(), ?, ?, ?, ?, 'machine_breakdown', '2026-03-05T08:00Z')";
        try (var first = db.jdbiAs(floor.ana()).open();
                var second = db.jdbiAs(floor.ben()).open()) {
            first.begin();
            first.execute(
                    insert, UUID.randomUUID(), UUID.randomUUID(), floor.line().id(), machine);
            second.begin();
            // The second connection waits on the first's uncommitted stop, then is refused.
            var pending = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    second.execute(insert, UUID.randomUUID(), UUID.randomUUID(), third.id(), machine);
                    return "written";
                } catch (RuntimeException e) {
                    return e.getMessage();
                }
            });
            Thread.sleep(300);
            assertThat(pending).isNotDone();
            first.commit();
            assertThat(pending.get(10, java.util.concurrent.TimeUnit.SECONDS))
                    .contains("downtime_one_breakdown_per_machine");
            second.rollback();
        }
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "update sewing.downtime set ended_at = started_at + interval '1 hour', "
                                + "stop_key = gen_random_uuid() where machine_id = ? and ended_at is null",
                        machine));
    }
}
