package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.api.ChecklistAnswer;
import io.plantdesk.maintenance.api.LabourReport;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.platform.outbox.ActionTypes;
import io.plantdesk.platform.outbox.OutboxAction;
import io.plantdesk.platform.outbox.OutboxStatus;
import io.plantdesk.platform.outbox.ReplayContext;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TcpProxy;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The technician's actions through the offline outbox, delivered to the real server as the person's own login. */
@ExtendWith(PostgresExtension.class)
class TechnicianOutboxTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser technician;
    static Fixture plant;

    @TempDir
    Path data;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Outbox plant");
        planner = db.createUser(p, AppRole.PLANNER);
        technician = db.createUser(p, AppRole.TECHNICIAN);
        plant = Fixture.plant(db, planner, "OBX");
    }

    private WorkOrder approvedOrder(String title) {
        return new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC())
                .create(
                        WorkOrderDraft.of(title, WorkOrderType.CORRECTIVE).withAsset(plant.machine()),
                        WorkOrderStatus.APPROVED);
    }

    private LabourReport labour(WorkOrder w, String hours, String note) {
        return new LabourReport(w.id(), technician.personId(), LocalDate.now(), new BigDecimal(hours), note);
    }

    static void await(BooleanSupplier done, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not done within " + max);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void theThreeTechnicianActionsAreRegisteredTypes() {
        assertThat(ActionTypes.discover().names())
                .contains(TechnicianActionTypes.STATUS, TechnicianActionTypes.LABOUR, TechnicianActionTypes.CHECKLIST);
    }

    @Test
    void queuedActionsReachTheServerOnceAndLeaveTheOutbox() throws Exception {
        WorkOrder w = approvedOrder("Outbox: needle bar");
        Checklist c = new ChecklistService(db.jdbiAs(planner), Clock.systemUTC())
                .add(w.id(), "Quick", List.of(NewChecklistItem.passFail("Guard on")));
        try (OutboxClient pc =
                OutboxClient.open(db, technician, data, db.profile().port(), 1)) {
            List<OutboxStatus> seen = new CopyOnWriteArrayList<>();
            pc.replayer().onStatus(seen::add);
            pc.queue().changeStatus(w.id(), "#" + w.number() + " Outbox: needle bar", WorkOrderStatus.IN_PROGRESS);
            pc.queue().logLabour(labour(w, "1.5", "bar swapped"), "#" + w.number());
            pc.queue().recordChecklistResult(c.items().getFirst().id(), "Guard on", ChecklistAnswer.pass());
            await(() -> pc.outbox().all().isEmpty(), Duration.ofSeconds(20));
            await(() -> !seen.isEmpty() && seen.getLast().pending() == 0, Duration.ofSeconds(10));
            assertThat(seen.getLast().serverAnswered()).isTrue();
        }
        var orders = new WorkOrderService(db.jdbiAs(technician), Clock.systemUTC());
        assertThat(orders.find(w.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.IN_PROGRESS);
        assertThat(orders.labour(w.id())).extracting(Labour::note).containsExactly("bar swapped");
        assertThat(new ChecklistService(db.jdbiAs(technician), Clock.systemUTC())
                        .checklists(w.id())
                        .getFirst()
                        .items()
                        .getFirst()
                        .passed())
                .isTrue();
    }

    @Test
    void aDeliveryWhoseCommitWasNotYetForgottenLocallyActsOnceWhenReplayed() throws Exception {
        WorkOrder w = approvedOrder("Outbox: crash after commit");
        try (OutboxClient pc =
                OutboxClient.open(db, technician, data, db.profile().port(), 2)) {
            pc.replayer().close(); // the client "crashes" after the server's commit, before the outbox delete
            OutboxAction a = pc.queue().logLabour(labour(w, "2", "once"), "#" + w.number());
            var types = ActionTypes.discover();
            types.require(a.type())
                    .deliver(
                            new ReplayContext(db.jdbiAs(technician), Clock.systemUTC(), technician.personId()),
                            a.id(),
                            a.payload());
        }
        try (OutboxClient restarted =
                OutboxClient.open(db, technician, data, db.profile().port(), 3)) {
            assertThat(restarted.outbox().all()).hasSize(1);
            restarted.replayer().kick();
            await(() -> restarted.outbox().all().isEmpty(), Duration.ofSeconds(20));
        }
        assertThat(new WorkOrderService(db.jdbiAs(technician), Clock.systemUTC()).labour(w.id()))
                .hasSize(1);
    }

    @Test
    void refusalsWaitWithTheirReasonInWordsAndAFixedOneIsResent() throws Exception {
        WorkOrder w = approvedOrder("Outbox: refused");
        try (OutboxClient pc =
                OutboxClient.open(db, technician, data, db.profile().port(), 4)) {
            OutboxAction close =
                    pc.queue().changeStatus(w.id(), "#" + w.number() + " Outbox: refused", WorkOrderStatus.CLOSED);
            OutboxAction tooLong = pc.queue().logLabour(labour(w, "30", null), "#" + w.number());
            OutboxAction fine = pc.queue().logLabour(labour(w, "1", "after the refusals"), "#" + w.number());
            await(() -> pc.outbox().status().pending() == 0, Duration.ofSeconds(20));

            assertThat(pc.outbox().rejected()).extracting(OutboxAction::id).containsExactly(close.id(), tooLong.id());
            var types = ActionTypes.discover();
            OutboxAction refusedClose = pc.outbox().find(close.id()).orElseThrow();
            assertThat(types.require(refusedClose.type())
                            .describe(refusedClose.payload())
                            .english())
                    .isEqualTo("Work order #" + w.number() + " Outbox: refused to \"Closed\"");
            assertThat(refusedClose.refusal().orElseThrow().english())
                    .startsWith("Work order #" + w.number() + " Outbox: refused was not changed: ")
                    // the statuses in plant words (message keys), as the person reads them
                    .contains("is Approved and cannot go to Closed");
            assertThat(pc.outbox()
                            .find(tooLong.id())
                            .orElseThrow()
                            .refusal()
                            .orElseThrow()
                            .english())
                    .isEqualTo("Hours worked must be more than 0 and at most 24 a day.");
            assertThat(new WorkOrderService(db.jdbiAs(technician), Clock.systemUTC()).labour(w.id()))
                    .extracting(Labour::note)
                    .containsExactly("after the refusals");

            OutboxAction tooLongNow = pc.outbox().find(tooLong.id()).orElseThrow();
            pc.outbox().resend(tooLong.id(), tooLongNow.payload().with("hours", "3"));
            pc.replayer().kick();
            await(() -> pc.outbox().status().pending() == 0, Duration.ofSeconds(20));
            pc.outbox().discard(close.id());
            assertThat(pc.outbox().all()).isEmpty();
        }
        assertThat(new WorkOrderService(db.jdbiAs(technician), Clock.systemUTC()).labour(w.id()))
                .extracting(l -> l.hours().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("1", "3");
        assertThat(new WorkOrderService(db.jdbiAs(technician), Clock.systemUTC())
                        .find(w.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(WorkOrderStatus.APPROVED);
    }

    @Test
    void whileTheNetworkIsCutActionsWaitAndThenArriveInOrder() throws Exception {
        WorkOrder w = approvedOrder("Outbox: cut");
        try (TcpProxy net = new TcpProxy(db.profile().host(), db.profile().port());
                OutboxClient pc = OutboxClient.open(db, technician, data, net.port(), 5)) {
            List<OutboxStatus> seen = new CopyOnWriteArrayList<>();
            pc.replayer().onStatus(seen::add);
            net.cut();
            for (int i = 1; i <= 5; i++) {
                pc.queue().logLabour(labour(w, "0.5", "cut " + i), "#" + w.number());
            }
            await(() -> !seen.isEmpty() && !seen.getLast().serverAnswered(), Duration.ofSeconds(20));
            assertThat(pc.outbox().status().pending()).isEqualTo(5);
            assertThat(new WorkOrderService(db.jdbiAs(technician), Clock.systemUTC()).labour(w.id()))
                    .isEmpty();
            net.restore();
            pc.replayer().kick();
            await(() -> pc.outbox().all().isEmpty(), Duration.ofSeconds(30));
            // The status is published just after the rows leave the outbox.
            await(() -> seen.getLast().serverAnswered() && seen.getLast().pending() == 0, Duration.ofSeconds(10));
        }
        List<String> notes = db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select note from maint.labour where work_order_id = :w order by created_at, id")
                        .bind("w", w.id())
                        .mapTo(String.class)
                        .list());
        assertThat(notes).containsExactly("cut 1", "cut 2", "cut 3", "cut 4", "cut 5");
    }

    @Test
    void aBacklogGoesInFewServerTransactionsInOrderAndARefusalInItStaysItsOwn() throws Exception {
        WorkOrder w = approvedOrder("Outbox: backlog");
        int n = 150;
        try (var outbox = io.plantdesk.platform.outbox.Outbox.open(data, technician.personId(), Clock.systemUTC())) {
            var offline = io.plantdesk.maintenance.api.MaintenanceApis.find()
                    .orElseThrow()
                    .technicianQueue(outbox, null);
            for (int i = 0; i < n; i++) {
                offline.logLabour(labour(w, i == 2 ? "30" : "0.25", "backlog " + i), "#" + w.number());
            }
        }
        try (OutboxClient pc =
                OutboxClient.open(db, technician, data, db.profile().port(), 6)) {
            pc.replayer().kick();
            await(() -> pc.outbox().status().pending() == 0, Duration.ofSeconds(60));
            assertThat(pc.outbox().rejected())
                    .singleElement()
                    .satisfies(a -> assertThat(a.payload().require("note")).isEqualTo("backlog 2"))
                    .satisfies(a -> assertThat(a.refusal().orElseThrow().english())
                            .isEqualTo("Hours worked must be more than 0 and at most 24 a day."));
        }
        List<String> notes = db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select note from maint.labour where work_order_id = :w order by created_at, id")
                        .bind("w", w.id())
                        .mapTo(String.class)
                        .list());
        assertThat(notes).hasSize(n - 1).doesNotHaveDuplicates().doesNotContain("backlog 2");
        assertThat(notes.subList(0, 2)).containsExactly("backlog 0", "backlog 1");
        assertThat(notes.getLast()).isEqualTo("backlog " + (n - 1));
        // Rows written by one transaction share its xmin: the two before the refusal went one by one,
        // the 147 after it in batches of at most Replayer.BATCH.
        long transactions = db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select count(distinct xmin::text) from maint.labour where work_order_id = :w")
                        .bind("w", w.id())
                        .mapTo(Long.class)
                        .one());
        assertThat(transactions)
                .isBetween(
                        3L,
                        2L
                                + (n - 3 + io.plantdesk.platform.outbox.Replayer.BATCH - 1)
                                        / io.plantdesk.platform.outbox.Replayer.BATCH);
    }
}
