package io.plantdesk.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.WorkOrder;
import io.plantdesk.maintenance.WorkOrderDraft;
import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.maintenance.api.LabourReport;
import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.maintenance.api.TechnicianQueue;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.outbox.FloorSync;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TcpProxy;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A technician records maintenance actions while the network to the server is cut: the status
 * bar's item counts them and their age, the server comes back and the outbox drains, a refused
 * labour entry waits in the Sync panel with the reason in words, is fixed there and sent again,
 * and another refused one is discarded after a confirmation.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class SyncFxTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser technician;
    static FxTaskRunner tasks;
    private final Messages m = Messages.of("io.plantdesk.app.messages", SyncFxTest.class);
    private TcpProxy net;
    private FloorSync sync;
    private SyncStatus status;
    private SyncPanelModel panel;
    private Button item;

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Sync plant");
        planner = db.createUser(p, AppRole.PLANNER);
        technician = db.createUser(p, AppRole.TECHNICIAN);
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        net = new TcpProxy(db.profile().host(), db.profile().port());
        net.cut();
        sync = FloorSync.start(
                Files.createTempDirectory("pd-sync-fx"), jdbiVia(net.port()), technician.personId(), Clock.systemUTC());
        status = new SyncStatus(sync, tasks, Clock.systemUTC(), m);
        panel = new SyncPanelModel(sync, tasks, m, Clock.systemDefaultZone().getZone());
        item = new Button();
        item.setId("outboxStatus");
        item.textProperty().bind(status.textProperty());
        stage.setScene(new Scene(new VBox(12, item, SyncPanel.build(m, panel)), 900, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        sync.close();
        net.close();
    }

    private static Jdbi jdbiVia(int port) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://127.0.0.1:" + port + "/" + db.name());
        ds.setUser(technician.login());
        ds.setPassword(technician.password());
        ds.setConnectTimeout(2);
        ds.setSocketTimeout(10);
        return Database.jdbiFor(ds);
    }

    /** Counts again on each look (the shell's one-second tick), on the FX thread where FxWait evaluates. */
    private void tickUntil(java.util.function.BooleanSupplier done) throws Exception {
        FxWait.until(() -> {
            status.tick();
            return done.getAsBoolean();
        });
    }

    @Test
    void recordedOfflineDrainedOnReturnAndARefusalFixedOrDiscardedInTheSyncPanel(FxRobot robot) throws Exception {
        WorkOrderService orders = new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC());
        WorkOrder w =
                orders.create(WorkOrderDraft.of("Feed dog worn", WorkOrderType.CORRECTIVE), WorkOrderStatus.APPROVED);
        String label = "#" + w.number() + " Feed dog worn";
        TechnicianQueue queue = MaintenanceApis.find().orElseThrow().technicianQueue(sync.outbox(), sync.replayer());

        queue.changeStatus(w.id(), label, WorkOrderStatus.IN_PROGRESS);
        queue.logLabour(
                new LabourReport(w.id(), technician.personId(), LocalDate.now(), new BigDecimal("1"), "offline"),
                label);
        queue.logLabour(
                new LabourReport(w.id(), technician.personId(), LocalDate.now(), new BigDecimal("30"), "typo"), label);
        tickUntil(() -> item.getText().startsWith("3 actions to send, oldest "));
        assertThat(item.getText()).matches("3 actions to send, oldest \\d+ s");
        assertThat(orders.labour(w.id())).isEmpty();

        net.restore();
        Platform.runLater(status::serverBack); // what the shell does when its poll finds the server again
        tickUntil(() -> item.getText().equals("All sent · 1 needs a fix"));
        assertThat(status.attentionProperty().get()).isTrue();
        assertThat(orders.find(w.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.IN_PROGRESS);

        robot.interact(panel::load);
        ListView<SyncPanelModel.Row> list = robot.lookup("#syncList").queryListView();
        FxWait.until(() -> list.getItems().size() == 1);
        SyncPanelModel.Row refused = list.getItems().getFirst();
        assertThat(refused.what()).isEqualTo("30 h on work order " + label + " (" + LocalDate.now() + ")");
        assertThat(refused.why()).isEqualTo("Hours worked must be more than 0 and at most 24 a day.");
        FxWait.until(() -> robot.lookup("#syncField-hours").tryQuery().isPresent());
        TextField hours = robot.lookup("#syncField-hours").queryAs(TextField.class);
        assertThat(hours.getText()).isEqualTo("30");
        robot.interact(() -> hours.setText("3"));
        // Another action arrives while the fix is being typed: the list reloads, the typing stays.
        net.cut();
        queue.logLabour(
                new LabourReport(w.id(), technician.personId(), LocalDate.now(), new BigDecimal("0.5"), "meanwhile"),
                label);
        robot.interact(panel::load);
        FxWait.until(() -> list.getItems().size() == 2);
        assertThat(robot.lookup("#syncField-hours").queryAs(TextField.class).getText())
                .isEqualTo("3");
        net.restore();
        robot.interact(status::serverBack);
        robot.clickOn("#syncResend");
        FxWait.until(
                () -> list.getItems().size() == 1 && !list.getItems().getFirst().refused()
                        || list.getItems().isEmpty());
        tickUntil(() -> item.getText().equals("All sent"));
        robot.interact(panel::load); // the open panel reloads every two seconds
        FxWait.until(() -> list.getItems().isEmpty());
        FxWait.until(() -> orders.labour(w.id()).size() == 3);
        assertThat(orders.labour(w.id()))
                .extracting(l -> l.hours().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("1", "0.5", "3");

        // A change the workflow refuses: discarded, after the person confirms.
        queue.changeStatus(w.id(), label, WorkOrderStatus.CLOSED);
        tickUntil(() -> item.getText().equals("All sent · 1 needs a fix"));
        robot.interact(panel::load);
        FxWait.until(() -> list.getItems().size() == 1);
        assertThat(list.getItems().getFirst().why()).startsWith("Work order " + label + " was not changed: ");
        robot.interact(() -> list.getSelectionModel().selectFirst());
        robot.clickOn("#syncDiscard");
        robot.clickOn("Discard");
        FxWait.until(() -> list.getItems().isEmpty());
        tickUntil(() -> item.getText().equals("All sent"));
        assertThat(orders.find(w.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.IN_PROGRESS);
    }
}
