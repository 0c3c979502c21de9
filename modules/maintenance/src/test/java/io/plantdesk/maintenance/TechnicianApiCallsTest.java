package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.maintenance.api.ActionResult;
import io.plantdesk.maintenance.api.ChecklistAnswer;
import io.plantdesk.maintenance.api.LabourReport;
import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.maintenance.api.TechnicianActions;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The technician's api actions are one server call each (V080's functions): the key's lookup, the
 * action and the key's record went as three or four statements, each a round trip on a floor PC's
 * network. A repeat is one call too, and does nothing; the rules and their sentences are the same.
 */
@ExtendWith(PostgresExtension.class)
class TechnicianApiCallsTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser technician;
    static Fixture plant;

    /** Every statement the technician's session sends. */
    static final List<String> sent = new CopyOnWriteArrayList<>();

    static Jdbi counted;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("One call plant");
        planner = db.createUser(p, AppRole.PLANNER);
        technician = db.createUser(p, AppRole.TECHNICIAN);
        plant = Fixture.plant(db, planner, "ONE");
        counted = OutboxClient.jdbiVia(db, technician, db.profile().port());
        counted.setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                sent.add(context.getRenderedSql());
            }

            @Override
            public void logException(StatementContext context, SQLException ex) {
                // counted before it ran
            }
        });
    }

    private static TechnicianActions actions() {
        return MaintenanceApis.find().orElseThrow().technicianActions(counted, Clock.systemUTC());
    }

    /** Runs the call and returns how many statements it sent. */
    private static <T> int statements(Supplier<T> call) {
        sent.clear();
        call.get();
        return sent.size();
    }

    private static long count(String sql, UUID id) {
        return db.adminJdbi()
                .withHandle(
                        h -> h.createQuery(sql).bind(0, id).mapTo(Long.class).one());
    }

    @Test
    void eachActionAndItsRepeatIsOneStatementAndActsOnce() {
        WorkOrder w = new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC())
                .create(
                        WorkOrderDraft.of("One call: belt", WorkOrderType.CORRECTIVE)
                                .withAsset(plant.machine()),
                        WorkOrderStatus.APPROVED);
        Checklist c = new ChecklistService(db.jdbiAs(planner), Clock.systemUTC())
                .add(w.id(), "Start-up", List.of(NewChecklistItem.passFail("Guard on")));
        UUID item = c.items().getFirst().id();
        TechnicianActions a = actions();

        UUID start = UUID.randomUUID();
        assertThat(statements(() -> a.changeStatus(start, w.id(), WorkOrderStatus.IN_PROGRESS)))
                .isEqualTo(1);
        assertThat(statements(() -> assertThat(a.changeStatus(start, w.id(), WorkOrderStatus.IN_PROGRESS))
                        .isEqualTo(new ActionResult(true))))
                .isEqualTo(1);

        UUID hours = UUID.randomUUID();
        LabourReport report =
                new LabourReport(w.id(), technician.personId(), LocalDate.now(), new BigDecimal("1.25"), "belt");
        assertThat(statements(() -> a.logLabour(hours, report))).isEqualTo(1);
        assertThat(statements(() -> a.logLabour(hours, report))).isEqualTo(1);
        assertThat(count("select count(*) from maint.labour where work_order_id = ?", w.id()))
                .isEqualTo(1);

        UUID result = UUID.randomUUID();
        assertThat(statements(() -> a.recordChecklistResult(result, item, ChecklistAnswer.pass())))
                .isEqualTo(1);
        assertThat(a.recordChecklistResult(result, item, ChecklistAnswer.fail("no"))
                        .repeated())
                .isTrue();
        UUID sign = UUID.randomUUID();
        assertThat(statements(() -> a.signOffChecklist(sign, c.id()))).isEqualTo(1);
        assertThat(a.signOffChecklist(sign, c.id()).repeated()).isTrue();

        Checklist signed = new ChecklistService(db.jdbiAs(technician), Clock.systemUTC())
                .checklists(w.id())
                .getFirst();
        assertThat(signed.signedBy()).isEqualTo(technician.personId());
        assertThat(signed.items().getFirst().passed()).isTrue(); // the repeat's "fail" changed nothing
        assertThat(new ChecklistService(db.jdbiAs(technician), Clock.systemUTC()).verify(c.id()))
                .isTrue();
        assertThat(new WorkOrderService(db.jdbiAs(technician), Clock.systemUTC())
                        .find(w.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(WorkOrderStatus.IN_PROGRESS);
        assertThat(count("select count(*) from maint.api_request where id = ?", start))
                .isEqualTo(1);
    }

    @Test
    void refusalsReadAsBeforeAndLeaveNoKey() {
        WorkOrder w = new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC())
                .create(WorkOrderDraft.of("One call: refused", WorkOrderType.CORRECTIVE), WorkOrderStatus.APPROVED);
        Checklist c = new ChecklistService(db.jdbiAs(planner), Clock.systemUTC())
                .add(w.id(), "Start-up", List.of(NewChecklistItem.passFail("Guard on")));
        TechnicianActions a = actions();
        UUID early = UUID.randomUUID();
        assertThatThrownBy(() -> a.changeStatus(early, w.id(), WorkOrderStatus.CLOSED))
                .hasMessageContaining("is Approved and cannot go to Closed");
        assertThat(count("select count(*) from maint.api_request where id = ?", early))
                .isZero();
        assertThatThrownBy(() -> a.changeStatus(UUID.randomUUID(), UUID.randomUUID(), WorkOrderStatus.CLOSED))
                .hasMessage("That work order no longer exists.");
        assertThatThrownBy(() -> a.logLabour(
                        UUID.randomUUID(),
                        new LabourReport(w.id(), technician.personId(), LocalDate.now(), new BigDecimal("30"), null)))
                .hasMessage("Hours worked must be more than 0 and at most 24 a day.");
        assertThatThrownBy(() -> a.recordChecklistResult(UUID.randomUUID(), UUID.randomUUID(), ChecklistAnswer.pass()))
                .hasMessage("That checklist item no longer exists.");
        assertThatThrownBy(() -> a.signOffChecklist(UUID.randomUUID(), c.id()))
                .hasMessage("Every item of the checklist needs a result before it is signed off.");
        a.recordChecklistResult(UUID.randomUUID(), c.items().getFirst().id(), ChecklistAnswer.pass());
        a.signOffChecklist(UUID.randomUUID(), c.id());
        assertThatThrownBy(() -> a.signOffChecklist(UUID.randomUUID(), c.id()))
                .hasMessage("The checklist was already signed off; it can no longer change.");
        assertThatThrownBy(() -> a.signOffChecklist(UUID.randomUUID(), UUID.randomUUID()))
                .hasMessage("That checklist no longer exists.");
        assertThat(a.changeStatus(early, w.id(), WorkOrderStatus.IN_PROGRESS).repeated())
                .as("the refused call left no key: the key acts when sent again")
                .isFalse();
        UUID labourKey = UUID.randomUUID();
        a.logLabour(labourKey, new LabourReport(w.id(), technician.personId(), LocalDate.now(), BigDecimal.ONE, null));
        assertThatThrownBy(() -> a.changeStatus(labourKey, w.id(), WorkOrderStatus.ON_HOLD))
                .hasMessage("This request key was already used for another action (log_labour).");
    }

    @Test
    void oneKeySentFromEightConnectionsAtOnceActsOnce() throws Exception {
        WorkOrder w = new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC())
                .create(WorkOrderDraft.of("One call: race", WorkOrderType.CORRECTIVE), WorkOrderStatus.APPROVED);
        UUID key = UUID.randomUUID();
        LabourReport report =
                new LabourReport(w.id(), technician.personId(), LocalDate.now(), new BigDecimal("0.5"), "race");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ActionResult>> all = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                all.add(pool.submit(() -> MaintenanceApis.find()
                        .orElseThrow()
                        .technicianActions(db.jdbiAs(technician), Clock.systemUTC())
                        .logLabour(key, report)));
            }
            long firsts = 0;
            for (Future<ActionResult> f : all) {
                firsts += f.get().repeated() ? 0 : 1;
            }
            assertThat(firsts).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from maint.labour where work_order_id = ?", w.id()))
                .isEqualTo(1);
    }
}
