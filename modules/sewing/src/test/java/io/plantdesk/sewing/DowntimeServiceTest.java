package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.time.Clock;
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
        return new DowntimeService(db.jdbiAs(user), Clock.systemUTC(),
                MaintenanceApis.find().map(a -> a.workRequests(db.jdbiAs(user), Clock.systemUTC())));
    }

    private long count(String sql) {
        return db.adminJdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void aBreakdownOpensOneCorrectiveWorkOrderForTheMachineAlsoWhenReplayed() {
        UUID key = UUID.randomUUID();
        DowntimeStart start = new DowntimeStart(key, floor.line().id(), floor.machine(), DowntimeReason.MACHINE_BREAKDOWN,
                "Needle breaks every few minutes\nthread tension looks wrong", Floor.utc("2026-03-02T09:00"));
        Downtime d = as(floor.ana()).start(start);
        assertThat(d.repeated()).isFalse();
        assertThat(d.running()).isTrue();
        assertThat(d.workOrderNumber()).isNotNull();
        var wo = db.adminJdbi().withHandle(h -> h.createQuery(
                "select type || ' ' || status || ' ' || title from maint.work_order where id = ? and asset_id = ?")
                .bind(0, d.workOrderId()).bind(1, floor.machine()).mapTo(String.class).one());
        assertThat(wo).isEqualTo("corrective requested Needle breaks every few minutes");

        Downtime again = as(floor.ana()).start(start);
        assertThat(again.repeated()).isTrue();
        assertThat(again.id()).isEqualTo(d.id());
        assertThat(count("select count(*) from maint.work_order where asset_id = '" + floor.machine() + "'")).isEqualTo(1);
        assertThat(count("select count(*) from sewing.downtime where machine_id = '" + floor.machine() + "'")).isEqualTo(1);

        // A second breakdown of the same machine while the first runs is a mistake, said so.
        assertThatThrownBy(() -> as(floor.ben()).start(new DowntimeStart(UUID.randomUUID(), floor.line().id(),
                floor.machine(), DowntimeReason.MACHINE_BREAKDOWN, "", null)))
                .hasMessage("Line 1 already has this stop running; stop it before starting it again.");
        assertThat(count("select count(*) from maint.work_order where asset_id = '" + floor.machine() + "'")).isEqualTo(1);

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
        assertThatThrownBy(() -> as(floor.ana()).start(new DowntimeStart(UUID.randomUUID(), floor.line().id(), null,
                DowntimeReason.MACHINE_BREAKDOWN, "", null)))
                .hasMessage("A machine breakdown needs the machine that stopped.");
        // The rules hold in the database for any writer.
        assertThatThrownBy(() -> db.jdbiAs(floor.ana()).useHandle(h -> h.execute(
                "insert into sewing.downtime (tenant_id, id, start_key, line_id, reason, started_at) "
                        + "values (core.current_tenant(), ?, ?, ?, 'machine_breakdown', now())",
                UUID.randomUUID(), UUID.randomUUID(), floor.line().id())))
                .hasMessageContaining("downtime_breakdown_names_machine");
        Downtime power = as(floor.ana()).start(new DowntimeStart(UUID.randomUUID(), floor.line().id(), null,
                DowntimeReason.POWER, "Mains off", Floor.utc("2026-03-03T10:00")));
        assertThat(power.workOrderId()).isNull();
        assertThatThrownBy(() -> as(floor.ana()).stop(UUID.randomUUID(), power.id(), Floor.utc("2026-03-03T09:00")))
                .hasMessage("A stop ends after it started.");
    }
}
