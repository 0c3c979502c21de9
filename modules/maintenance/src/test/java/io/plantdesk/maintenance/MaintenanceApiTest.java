package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.maintenance.api.ActionResult;
import io.plantdesk.maintenance.api.BreakdownReport;
import io.plantdesk.maintenance.api.ChecklistAnswer;
import io.plantdesk.maintenance.api.LabourReport;
import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.maintenance.api.MeterTotal;
import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderRef;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The api other features call: found through ServiceLoader, every write once per idempotency key. */
@ExtendWith(PostgresExtension.class)
class MaintenanceApiTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser technician;
    static TestUser operator;
    static Fixture plant;
    static MaintenanceApis apis;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Api plant");
        planner = db.createUser(p, AppRole.PLANNER);
        technician = db.createUser(p, AppRole.TECHNICIAN);
        operator = db.createUser(p, AppRole.OPERATOR);
        plant = Fixture.plant(db, planner, "API");
        apis = MaintenanceApis.find().orElseThrow();
    }

    private long count(String table) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery("select count(*) from " + table)
                        .mapTo(Long.class)
                        .one());
    }

    @Test
    void aBreakdownOpensOneWorkOrderHoweverOftenItIsSent() throws Exception {
        var requests = apis.workRequests(db.jdbiAs(operator), Clock.systemUTC());
        OffsetDateTime stopped =
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(3).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        BreakdownReport report = new BreakdownReport(
                plant.machine(), "Needle keeps breaking", "line 1, seat 4", Priority.URGENT, false, stopped);
        UUID key = UUID.randomUUID();
        WorkOrderRef first = requests.openCorrective(key, report);
        assertThat(first.repeated()).isFalse();
        assertThat(first.status()).isEqualTo(WorkOrderStatus.REQUESTED);
        long orders = count("maint.work_order");
        WorkOrderRef again = requests.openCorrective(key, report);
        assertThat(again).isEqualTo(new WorkOrderRef(first.id(), first.number(), first.status(), true));
        assertThat(count("maint.work_order")).isEqualTo(orders);
        WorkOrder w = new WorkOrderService(db.jdbiAs(operator), Clock.systemUTC())
                .find(first.id())
                .orElseThrow();
        assertThat(w.type()).isEqualTo(WorkOrderType.CORRECTIVE);
        assertThat(w.downtimeStart()).isEqualTo(stopped);
        assertThat(w.requestedBy()).isEqualTo(operator.personId());

        // Eight clients send the same key at once: one work order.
        UUID racing = UUID.randomUUID();
        List<WorkOrderRef> refs = race(
                8,
                () -> apis.workRequests(db.jdbiAs(operator), Clock.systemUTC()).openCorrective(racing, report));
        assertThat(refs)
                .extracting(WorkOrderRef::id)
                .containsOnly(refs.getFirst().id());
        assertThat(refs).filteredOn(r -> !r.repeated()).hasSize(1);
        assertThat(count("maint.work_order")).isEqualTo(orders + 1);
        assertThatThrownBy(() -> apis.meterFeed(db.jdbiAs(operator), Clock.systemUTC())
                        .addPieces(key, plant.machine(), 10, stopped))
                .hasMessageContaining("already used for another action");
    }

    @Test
    void piecesFedConcurrentlyAreAllCountedAndARepeatAddsNothing() throws Exception {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        List<MeterTotal> totals = race(
                6,
                () -> apis.meterFeed(db.jdbiAs(operator), Clock.systemUTC())
                        .addPieces(UUID.randomUUID(), plant.machine2(), 100, at));
        assertThat(totals)
                .extracting(t -> t.total().intValue())
                .containsExactlyInAnyOrder(100, 200, 300, 400, 500, 600);
        var feed = apis.meterFeed(db.jdbiAs(operator), Clock.systemUTC());
        UUID key = UUID.randomUUID();
        assertThat(feed.addPieces(key, plant.machine2(), 50, at).total()).isEqualByComparingTo("650");
        MeterTotal repeat = feed.addPieces(key, plant.machine2(), 50, at);
        assertThat(repeat.repeated()).isTrue();
        assertThat(repeat.total()).isEqualByComparingTo("650");
        Meter m = new AssetService(db.jdbiAs(operator), Clock.systemUTC())
                .meters(plant.machine2())
                .getFirst();
        assertThat(m.total()).isEqualByComparingTo("650");
        assertThatThrownBy(() -> feed.addPieces(UUID.randomUUID(), plant.machine2(), 0, at))
                .hasMessage("The quantity must be more than zero.");

        Meter hours = new AssetService(db.jdbiAs(planner), Clock.systemUTC())
                .meter(plant.machine2(), MeterKind.RUN_HOURS, "Run hours");
        assertThat(feed.recordReading(UUID.randomUUID(), hours.id(), new BigDecimal("120"), at)
                        .total())
                .isEqualByComparingTo("120");
        assertThatThrownBy(() -> feed.recordReading(UUID.randomUUID(), hours.id(), new BigDecimal("100"), at))
                .hasMessage("A reading of 100 is lower than the meter's last total of 120.00.");
    }

    @Test
    void aTechniciansReplayedActionsHappenOnce() {
        WorkOrder w = new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC())
                .create(
                        WorkOrderDraft.of("Outbox job", WorkOrderType.CORRECTIVE)
                                .withAsset(plant.machine()),
                        WorkOrderStatus.APPROVED);
        var actions = apis.technicianActions(db.jdbiAs(technician), Clock.systemUTC());
        UUID start = UUID.randomUUID();
        assertThat(actions.changeStatus(start, w.id(), WorkOrderStatus.IN_PROGRESS))
                .isEqualTo(new ActionResult(false));
        assertThat(actions.changeStatus(start, w.id(), WorkOrderStatus.IN_PROGRESS))
                .isEqualTo(new ActionResult(true));
        UUID labour = UUID.randomUUID();
        LabourReport report =
                new LabourReport(w.id(), technician.personId(), LocalDate.now(), new BigDecimal("2"), null);
        actions.logLabour(labour, report);
        assertThat(actions.logLabour(labour, report).repeated()).isTrue();
        assertThat(new WorkOrderService(db.jdbiAs(technician), Clock.systemUTC()).labour(w.id()))
                .hasSize(1);
        Checklist c = new ChecklistService(db.jdbiAs(planner), Clock.systemUTC())
                .add(w.id(), "Quick", List.of(NewChecklistItem.passFail("Guard on")));
        UUID result = UUID.randomUUID();
        assertThat(actions.recordChecklistResult(result, c.items().getFirst().id(), ChecklistAnswer.pass())
                        .repeated())
                .isFalse();
        assertThat(actions.recordChecklistResult(result, c.items().getFirst().id(), ChecklistAnswer.pass())
                        .repeated())
                .isTrue();
        // A failed action records no key: sending it again (once allowed) acts.
        UUID early = UUID.randomUUID();
        assertThatThrownBy(() -> actions.changeStatus(early, w.id(), WorkOrderStatus.CLOSED))
                .hasMessageContaining("and cannot go to Closed");
        assertThat(actions.changeStatus(early, w.id(), WorkOrderStatus.COMPLETED)
                        .repeated())
                .isFalse();
    }

    private static <T> List<T> race(int n, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
