package io.plantdesk.maintenance;

import static io.plantdesk.maintenance.TechnicianOutboxTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.api.ChecklistAnswer;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.platform.outbox.ActionTypes;
import io.plantdesk.platform.outbox.Outbox;
import io.plantdesk.platform.outbox.ReplayContext;
import io.plantdesk.platform.outbox.Replayer;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The technician's actions kept on a PC while the server was away are stored at the time the
 * person did them, not at the time of their replay, within the server's bounds (V092's
 * {@code core.floor_time}): a PC clock ahead is taken as the server's now, a time before the step
 * it follows is taken as that step's time (clamped, never refused).
 */
@ExtendWith(PostgresExtension.class)
class FloorTimeTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser technician;
    static Fixture plant;

    @TempDir
    Path data;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Floor time plant");
        planner = db.createUser(p, AppRole.PLANNER);
        technician = db.createUser(p, AppRole.TECHNICIAN);
        plant = Fixture.plant(db, planner, "FTM");
    }

    /** An approved order with a one-item checklist, all made an hour ago (the rows' times moved back). */
    private static Checklist orderFromAnHourAgo(String title) {
        WorkOrder w = new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC())
                .create(
                        WorkOrderDraft.of(title, WorkOrderType.CORRECTIVE).withAsset(plant.machine()),
                        WorkOrderStatus.APPROVED);
        Checklist c = new ChecklistService(db.jdbiAs(planner), Clock.systemUTC())
                .add(w.id(), "Start-up", List.of(NewChecklistItem.passFail("Guard on")));
        db.adminJdbi().useTransaction(h -> {
            h.execute("set local session_replication_role = replica"); // the stamp triggers keep created_at
            h.execute("update maint.work_order set created_at = created_at - interval '1 hour' where id = ?", w.id());
            h.execute("update maint.work_order_status set at = at - interval '1 hour' where work_order_id = ?", w.id());
            h.execute("update maint.checklist set created_at = created_at - interval '1 hour' where id = ?", c.id());
            h.execute(
                    "update maint.checklist_item set created_at = created_at - interval '1 hour' where checklist_id = ?",
                    c.id());
        });
        return c;
    }

    /** A PC whose clock reads {@code offset} from the server's: its outbox and its replayer. */
    private record Pc(Outbox outbox, Replayer replayer) implements AutoCloseable {
        @Override
        public void close() {
            replayer.close();
            outbox.close();
        }
    }

    private Pc pc(Duration offset, String folder) {
        Clock clock = Clock.offset(Clock.systemUTC(), offset);
        Outbox outbox = Outbox.open(data.resolve(folder), technician.personId(), clock);
        Replayer replayer = new Replayer(
                outbox,
                ActionTypes.discover(),
                new ReplayContext(db.jdbiAs(technician), Clock.systemUTC(), technician.personId()),
                Duration.ofMillis(100),
                new Random(7));
        return new Pc(outbox, replayer);
    }

    private static OffsetDateTime serverNow() {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery("select now()")
                        .mapTo(OffsetDateTime.class)
                        .one());
    }

    private static OffsetDateTime lastStatusAt(UUID workOrder) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery("select at from maint.work_order_status "
                                + "where work_order_id = ? order by id desc limit 1")
                        .bind(0, workOrder)
                        .mapTo(OffsetDateTime.class)
                        .one());
    }

    private static OffsetDateTime at(String sql, UUID id) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery(sql)
                        .bind(0, id)
                        .mapTo(OffsetDateTime.class)
                        .one());
    }

    private static void assertSameMoment(OffsetDateTime stored, OffsetDateTime expected) {
        assertThat(Duration.between(expected, stored).abs()).isLessThan(Duration.ofMillis(1));
    }

    @Test
    void actionsRecordedOfflineTenMinutesAgoAreStoredAtTheirFloorTime() throws Exception {
        Checklist c = orderFromAnHourAgo("Floor time: recorded ten minutes ago");
        UUID wo = c.workOrderId();
        try (Pc pc = pc(Duration.ofMinutes(-10), "ten")) {
            // The technician's three steps, ten minutes ago by the server's clock, replayed now.
            var queue = new MaintenanceApisProvider().technicianQueue(pc.outbox(), pc.replayer());
            var start = queue.changeStatus(wo, "#1", WorkOrderStatus.IN_PROGRESS);
            var answer = queue.recordChecklistResult(c.items().getFirst().id(), "Guard on", ChecklistAnswer.pass());
            var done = queue.changeStatus(wo, "#1", WorkOrderStatus.COMPLETED);
            await(() -> pc.outbox().all().isEmpty(), Duration.ofSeconds(20));

            OffsetDateTime started = OffsetDateTime.parse(start.payload().require("at"));
            OffsetDateTime completed = OffsetDateTime.parse(done.payload().require("at"));
            assertThat(Duration.between(started, serverNow())).isGreaterThan(Duration.ofMinutes(9));
            List<OffsetDateTime> history = db.adminJdbi()
                    .withHandle(h -> h.createQuery(
                                    "select at from maint.work_order_status where work_order_id = ? and from_status is not null "
                                            + "order by id")
                            .bind(0, wo)
                            .mapTo(OffsetDateTime.class)
                            .list());
            assertThat(history).hasSize(2);
            assertSameMoment(history.get(0), started);
            assertSameMoment(history.get(1), completed);
            assertSameMoment(at("select completed_at from maint.work_order where id = ?", wo), completed);
            assertSameMoment(
                    at("select answered_at from maint.checklist_item where checklist_id = ?", c.id()),
                    OffsetDateTime.parse(answer.payload().require("at")));
        }
    }

    @Test
    void aSignOffNeverPrecedesTheLastAnswer() {
        Checklist c = orderFromAnHourAgo("Floor time: sign-off");
        // Answered now (online), signed off from a PC whose clock is twenty minutes behind.
        new MaintenanceApiService(db.jdbiAs(technician), Clock.systemUTC())
                .recordChecklistResult(UUID.randomUUID(), c.items().getFirst().id(), ChecklistAnswer.pass());
        OffsetDateTime answered = at("select answered_at from maint.checklist_item where checklist_id = ?", c.id());
        new TechnicianSender(
                        db.jdbiAs(technician),
                        Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-20)),
                        java.util.Optional.empty())
                .signOff(c.id(), c.workOrderId(), "Start-up");
        assertThat(at("select signed_at from maint.checklist where id = ?", c.id()))
                .as("clamped up to the answer it follows, not refused")
                .isEqualTo(answered);
    }

    @Test
    void aClockAheadIsTakenAsTheServersNow() throws Exception {
        Checklist c = orderFromAnHourAgo("Floor time: clock ahead");
        try (Pc pc = pc(Duration.ofHours(3), "ahead")) {
            new MaintenanceApisProvider()
                    .technicianQueue(pc.outbox(), pc.replayer())
                    .changeStatus(c.workOrderId(), "#2", WorkOrderStatus.IN_PROGRESS);
            await(() -> pc.outbox().all().isEmpty(), Duration.ofSeconds(20));
            assertThat(pc.outbox().rejected()).isEmpty();
        }
        OffsetDateTime stored = lastStatusAt(c.workOrderId());
        assertThat(stored).isBefore(serverNow().plusSeconds(1));
        assertThat(Duration.between(stored, serverNow()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void aClockBehindTheOrdersLastStepIsClampedToThatStep() throws Exception {
        Checklist c = orderFromAnHourAgo("Floor time: clock behind");
        OffsetDateTime approved = lastStatusAt(c.workOrderId());
        try (Pc pc = pc(Duration.ofHours(-5), "behind")) {
            new MaintenanceApisProvider()
                    .technicianQueue(pc.outbox(), pc.replayer())
                    .changeStatus(c.workOrderId(), "#3", WorkOrderStatus.IN_PROGRESS);
            await(() -> pc.outbox().all().isEmpty(), Duration.ofSeconds(20));
            assertThat(pc.outbox().rejected()).as("clamped, not refused").isEmpty();
        }
        assertThat(lastStatusAt(c.workOrderId())).isEqualTo(approved);
        assertThat(new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC())
                        .find(c.workOrderId())
                        .orElseThrow()
                        .status())
                .isEqualTo(WorkOrderStatus.IN_PROGRESS);
    }

    @Test
    void anOlderClientWithoutTheTimeStillGetsTheServersNow() {
        Checklist c = orderFromAnHourAgo("Floor time: older client");
        // The call of a build before the floor time (V080's three-argument function).
        db.jdbiAs(technician)
                .useHandle(h -> h.createQuery("select maint.api_change_status(:k, :wo, 'in_progress')")
                        .bind("k", UUID.randomUUID())
                        .bind("wo", c.workOrderId())
                        .mapTo(Boolean.class)
                        .one());
        assertThat(Duration.between(lastStatusAt(c.workOrderId()), serverNow()).abs())
                .isLessThan(Duration.ofMinutes(1));
        // And a queued action from such a build carries no time: the server's now as well.
        assertThat(TechnicianActionTypes.recordedAt(
                        TechnicianActionTypes.status(c.workOrderId(), "#4", WorkOrderStatus.ON_HOLD)))
                .isNull();
    }
}
