package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.api.LabourReport;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.platform.outbox.OutboxAction;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox's promise as a property: several floor PCs (one technician each) record random
 * actions while the network to the server is cut and restored at random; afterwards every
 * acknowledged action is on the server exactly once, in its person's order, or waits in the
 * person's Sync panel with a reason (and then is not on the server). Each person's status changes
 * toggle their own work order between "in progress" and "on hold", so a delivery out of order
 * would be refused by the workflow and show here. The seed is printed so a failure can be re-run.
 */
@ExtendWith(PostgresExtension.class)
class OutboxPropertyTest {

    private static final int CLIENTS = 3;
    private static final int ACTIONS_PER_CLIENT = 40;

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedActionArrivesExactlyOnceInItsPersonsOrder(TestDatabase db) throws Exception {
        long seed = Long.getLong("outbox.seed", System.nanoTime());
        System.out.println("OutboxPropertyTest seed " + seed + " (-Doutbox.seed=" + seed + " to repeat)");
        Random random = new Random(seed);
        UUID tenant = db.createTenant("Outbox property plant");
        TestUser planner = db.createUser(tenant, AppRole.PLANNER);
        Fixture plant = Fixture.plant(db, planner, "PRP");
        WorkOrderService plannerOrders = new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC());

        List<TestUser> people = new ArrayList<>();
        List<WorkOrder> orders = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            people.add(db.createUser(tenant, AppRole.TECHNICIAN));
            WorkOrder w = plannerOrders.create(
                    WorkOrderDraft.of("Property " + i, WorkOrderType.CORRECTIVE).withAsset(plant.machine()),
                    WorkOrderStatus.APPROVED);
            orders.add(w);
        }

        Map<UUID, List<OutboxAction>> acknowledged = new HashMap<>();
        List<OutboxClient> clients = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        AtomicBoolean recording = new AtomicBoolean(true);
        try (TcpProxy net = new TcpProxy(db.profile().host(), db.profile().port())) {
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(
                        OutboxClient.open(db, people.get(i), data.resolve("pc" + i), net.port(), random.nextLong()));
            }
            // The network goes away and comes back at random while the people record.
            long chaosSeed = random.nextLong();
            Future<Integer> chaos = pool.submit(() -> {
                Random r = new Random(chaosSeed);
                int cuts = 0;
                while (recording.get()) {
                    Thread.sleep(200 + r.nextInt(800));
                    net.cut();
                    cuts++;
                    Thread.sleep(100 + r.nextInt(900));
                    net.restore();
                    clients.forEach(c -> c.replayer().kick()); // the shell's probe sees the server again
                }
                return cuts;
            });
            List<Future<List<OutboxAction>>> producers = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                OutboxClient pc = clients.get(i);
                WorkOrder w = orders.get(i);
                long clientSeed = random.nextLong();
                producers.add(pool.submit(() -> record(pc, w, new Random(clientSeed))));
            }
            for (int i = 0; i < CLIENTS; i++) {
                acknowledged.put(people.get(i).personId(), producers.get(i).get());
            }
            recording.set(false);
            assertThat(chaos.get()).isPositive();
            net.restore();
            clients.forEach(c -> c.replayer().kick());
            for (OutboxClient pc : clients) {
                TechnicianOutboxTest.await(() -> pc.outbox().status().pending() == 0, Duration.ofSeconds(90));
            }

            for (int i = 0; i < CLIENTS; i++) {
                OutboxClient pc = clients.get(i);
                TestUser person = people.get(i);
                List<OutboxAction> sent = acknowledged.get(person.personId());
                assertThat(sent).hasSize(ACTIONS_PER_CLIENT);
                List<UUID> refused =
                        pc.outbox().rejected().stream().map(OutboxAction::id).toList();
                // Only the deliberately wrong labour entries may be refused: a status change refused would mean
                // disorder.
                assertThat(pc.outbox().rejected()).allSatisfy(a -> {
                    assertThat(a.type()).isEqualTo(TechnicianActionTypes.LABOUR);
                    assertThat(a.payload().require("hours")).isEqualTo("30");
                    assertThat(a.refusal().orElseThrow().english())
                            .isEqualTo("Hours worked must be more than 0 and at most 24 a day.");
                });
                List<UUID> expected = sent.stream()
                        .map(OutboxAction::id)
                        .filter(id -> !refused.contains(id))
                        .toList();
                List<UUID> onServer = db.adminJdbi()
                        .withHandle(h -> h.createQuery(
                                        "select id from maint.api_request where created_by = :login order by created_at, id")
                                .bind("login", person.login())
                                .mapTo(UUID.class)
                                .list());
                assertThat(onServer)
                        .as("person %d's actions on the server, in order", i)
                        .containsExactlyElementsOf(expected);
                List<String> labourNotes = db.adminJdbi()
                        .withHandle(h -> h.createQuery(
                                        // In the order of their keys: a replayed batch is one transaction (one
                                        // created_at for all).
                                        "select l.note from maint.labour l join maint.api_request r on r.result ->> 'labour' = l.id::text "
                                                + "where l.person_id = :p order by r.created_at, r.id")
                                .bind("p", person.personId())
                                .mapTo(String.class)
                                .list());
                List<String> expectedNotes = sent.stream()
                        .filter(a -> a.type().equals(TechnicianActionTypes.LABOUR))
                        .filter(a -> !refused.contains(a.id()))
                        .map(a -> a.payload().require("note"))
                        .toList();
                assertThat(labourNotes).as("person %d's labour, each once", i).containsExactlyElementsOf(expectedNotes);
                long toggles = sent.stream()
                        .filter(a -> a.type().equals(TechnicianActionTypes.STATUS))
                        .count();
                WorkOrderStatus last =
                        plannerOrders.find(orders.get(i).id()).orElseThrow().status();
                assertThat(last)
                        .isEqualTo(
                                toggles == 0
                                        ? WorkOrderStatus.APPROVED
                                        : toggles % 2 == 1 ? WorkOrderStatus.IN_PROGRESS : WorkOrderStatus.ON_HOLD);
            }
        } finally {
            recording.set(false);
            clients.forEach(OutboxClient::close);
            pool.shutdownNow();
        }
    }

    /** One person's random session: labour (one in ten with impossible hours) and status toggles, with pauses. */
    private static List<OutboxAction> record(OutboxClient pc, WorkOrder w, Random r) throws InterruptedException {
        List<OutboxAction> acked = new ArrayList<>();
        boolean inProgress = false;
        String label = "#" + w.number() + " " + w.title();
        for (int n = 0; n < ACTIONS_PER_CLIENT; n++) {
            OutboxAction a;
            if (r.nextInt(4) == 0) {
                inProgress = !inProgress;
                a = pc.queue()
                        .changeStatus(
                                w.id(), label, inProgress ? WorkOrderStatus.IN_PROGRESS : WorkOrderStatus.ON_HOLD);
            } else {
                String hours = r.nextInt(10) == 0 ? "30" : "0.25";
                a = pc.queue()
                        .logLabour(
                                new LabourReport(
                                        w.id(), pc.user().personId(), LocalDate.now(), new BigDecimal(hours), "n" + n),
                                label);
            }
            acked.add(a);
            Thread.sleep(r.nextInt(60));
        }
        return acked;
    }
}
