package io.plantdesk.maintenance;

import static io.plantdesk.maintenance.TechnicianOutboxTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.maintenance.ui.MaintenanceFeature;
import io.plantdesk.maintenance.ui.board.StatusBoardFeature;
import io.plantdesk.platform.outbox.FloorSync;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.Person;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TcpProxy;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import io.plantdesk.ui.theme.Theme;
import io.plantdesk.ui.theme.UiMode;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A technician on the board and the work-order editor with the network cut (a real TCP cut in
 * front of the real server): their own open work orders open from the copy kept on this computer,
 * marked "Shown as of", and a checklist result, its sign-off, hours worked and a status change are
 * kept in the outbox, shown as waiting in plant words; when the network returns each arrives
 * exactly once. A move refused meanwhile (the order was closed by someone else) reads in plant
 * words. Both modes; pictures of each offline state go to target/screens.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class TechnicianOfflineFxTest {

    static final Path SHOTS = Path.of("target", "screens");
    static TestDatabase db;
    static TestUser planner;
    static TestUser technician;
    static Fixture plant;
    static FxTaskRunner tasks;
    static Part belt;
    static UUID store;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final SimpleObjectProperty<UiMode> mode = new SimpleObjectProperty<>(UiMode.DESK);
    private Stage stage;

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Offline floor plant");
        planner = db.createUser(p, AppRole.PLANNER);
        technician = db.createUser(p, AppRole.TECHNICIAN);
        plant = Fixture.plant(db, planner, "OFF");
        PartsService parts = new PartsService(db.jdbiAs(planner), Clock.systemUTC());
        belt = parts.createPart(new PartDraft(
                "BELT-OFF", "Timing belt", "pcs", new BigDecimal("12"), BigDecimal.ONE, BigDecimal.ONE, null));
        store = parts.createLocation("Crib");
        parts.receive(belt.id(), store, new BigDecimal("10"), new BigDecimal("12"), null);
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.applyBase(false);
        Theme.followWindows(mode);
        stage.setScene(new Scene(new StackPane(), 1280, 728));
        Theme.install(stage.getScene());
        stage.getScene().getStylesheets().add(MaintenanceFeature.STYLESHEET);
        stage.show();
    }

    static WorkOrderService planners() {
        return new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC());
    }

    /** An order assigned to the technician, in {@code status}, with a one-item checklist. */
    private static WorkOrder assigned(String title, WorkOrderStatus status) {
        WorkOrder w = planners()
                .create(
                        WorkOrderDraft.of(title, WorkOrderType.CORRECTIVE).withAsset(plant.machine()),
                        WorkOrderStatus.APPROVED);
        planners().assign(w.id(), List.of(technician.personId()));
        if (status != WorkOrderStatus.APPROVED) {
            planners().changeStatus(w.id(), status);
        }
        new ChecklistService(db.jdbiAs(planner), Clock.systemUTC())
                .add(w.id(), "Start-up check", List.of(NewChecklistItem.passFail("Guard refitted")));
        // What else the editor shows: a part issued and one planned, a comment and a photo.
        PartsService parts = new PartsService(db.jdbiAs(planner), Clock.systemUTC());
        parts.issue(belt.id(), store, BigDecimal.ONE, w.id());
        parts.plan(w.id(), belt.id(), new BigDecimal("2"));
        WorkOrderNotes notes = new WorkOrderNotes(db.jdbiAs(planner), Clock.systemUTC());
        notes.comment(w.id(), "Spare guard is in the crib, top shelf");
        notes.attach(w.id(), new NewAttachment("guard.txt", "text/plain", new byte[2048], null));
        return w;
    }

    /** The board as the technician's shell opens it: their login through {@code jdbi}, their outbox. */
    private void showBoard(FxRobot robot, Jdbi jdbi, FloorSync sync) {
        Person person = new Person(
                technician.tenantId(),
                technician.personId(),
                technician.login(),
                null,
                technician.role(),
                technician.login(),
                true,
                OffsetDateTime.now(),
                technician.login(),
                1);
        FeatureContext context = new FeatureContext(
                jdbi,
                person,
                tasks,
                db.ids(),
                Clock.systemDefaultZone(),
                mode,
                new LiveRefresh(),
                null,
                errors::add,
                SectionSettings.none("maintenance-board"),
                Optional.empty(),
                Optional.of(sync));
        robot.interact(() -> {
            FeatureView v = new StatusBoardFeature().open(context);
            Parent root = (Parent) v.node();
            stage.getScene().setRoot(root);
            Theme.applyMode(root, mode.get());
            v.shown();
        });
    }

    private static boolean inColumn(FxRobot robot, WorkOrder w, WorkOrderStatus s) {
        VBox cards = robot.lookup("#woBoardCards" + s.name()).queryAs(VBox.class);
        return cards.getChildren().stream().map(Node::getId).anyMatch(("woCard" + w.number())::equals);
    }

    private static Label in(FxRobot robot, Scene scene, String id) {
        return robot.from(scene.getRoot()).lookup(id).queryAs(Label.class);
    }

    @Test
    void offlineTheTechniciansWorkOpensFromThisComputerAndWhatTheyRecordArrivesOnce(FxRobot robot) throws Exception {
        for (UiMode m : UiMode.values()) {
            robot.interact(() -> mode.set(m));
            String tag = m.name().toLowerCase(Locale.ROOT);
            WorkOrder w = assigned("Guard loose on the overlock (" + tag + ")", WorkOrderStatus.APPROVED);
            try (TcpProxy net = new TcpProxy(db.profile().host(), db.profile().port())) {
                Jdbi jdbi = OutboxClient.jdbiVia(db, technician, net.port());
                FloorSync sync = FloorSync.start(
                        Files.createTempDirectory("pd-tech-offline"), jdbi, technician.personId(), Clock.systemUTC());
                try {
                    offlineRound(robot, net, jdbi, sync, w, tag);
                } finally {
                    sync.close();
                }
            }
        }
        assertThat(errors).isEmpty();
    }

    private void offlineRound(FxRobot robot, TcpProxy net, Jdbi jdbi, FloorSync sync, WorkOrder w, String tag)
            throws Exception {
        // Online once: the board shows the order and keeps the technician's work on this computer.
        showBoard(robot, jdbi, sync);
        FxWait.until(() -> inColumn(robot, w, WorkOrderStatus.APPROVED));
        await(() -> MyWorkCache.order(sync.cache(), w.id()).isPresent(), Duration.ofSeconds(30));
        assertThat(in(robot, stage.getScene(), "#staleMarker").isVisible()).isFalse();

        net.cut();
        robot.clickOn("#woBoardRefresh");
        FxWait.until(() -> in(robot, stage.getScene(), "#staleMarker").isVisible());
        assertThat(in(robot, stage.getScene(), "#staleMarker").getText())
                .matches("Shown as of \\d{1,2}:\\d{2}.*, offline: your own open work orders, kept on this computer.*");
        assertThat(inColumn(robot, w, WorkOrderStatus.APPROVED)).isTrue();
        shot(stage.getScene(), "offline-board-" + tag);

        // The editor opens from the copy, marked, and records into the outbox.
        robot.interact(() -> robot.lookup("#woCard" + w.number()).query().requestFocus());
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#workOrderEditor").tryQuery().isPresent());
        Scene editor = robot.lookup("#workOrderEditor").query().getScene();
        FxWait.until(() -> in(robot, editor, "#staleMarker").isVisible());
        assertThat(in(robot, editor, "#staleMarker").getText()).startsWith("Shown as of ");
        // Parts, comments and the attachments' names come from the copy too (the file itself
        // is read from the server when opened: not kept on this computer).
        robot.clickOn("#woTabParts");
        assertThat(robot.from(editor.getRoot())
                        .lookup("#woParts")
                        .queryTableView()
                        .getItems())
                .hasSize(1);
        assertThat(robot.from(editor.getRoot())
                        .lookup("#woPlannedParts")
                        .queryTableView()
                        .getItems())
                .hasSize(1);
        FxWait.until(() -> robot.from(editor.getRoot()).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(c -> "BELT-OFF  Timing belt".equals(c.getText())));
        robot.clickOn("#woTabComments");
        assertThat(robot.from(editor.getRoot())
                        .lookup("#woComments")
                        .queryListView()
                        .getItems())
                .singleElement()
                .extracting(c -> ((Comment) c).body())
                .isEqualTo("Spare guard is in the crib, top shelf");
        robot.clickOn("#woTabAttachments");
        assertThat(robot.from(editor.getRoot())
                        .lookup("#woAttachments")
                        .queryListView()
                        .getItems())
                .singleElement()
                .satisfies(a -> {
                    assertThat(((Attachment) a).fileName()).isEqualTo("guard.txt");
                    assertThat(((Attachment) a).sizeBytes()).isEqualTo(2048);
                });
        shot(editor, "offline-editor-attachments-" + tag);
        // What only the server can do is off on a copy, and the panes say why (before, each press
        // ended in an error): issuing parts, adding a comment, adding or opening a file.
        String needsServer = "Needs the server: parts, comments and files are added while it answers. "
                + "Status, hours and checklist results can still be recorded here.";
        for (String control : List.of("#partsIssue", "#commentAdd", "#attachmentAdd", "#attachmentOpen")) {
            assertThat(robot.from(editor.getRoot()).lookup(control).query().isDisabled())
                    .as(control)
                    .isTrue();
        }
        for (String line : List.of("#partsError", "#commentError", "#attachmentMessage")) {
            assertThat(in(robot, editor, line).getText()).as(line).isEqualTo(needsServer);
            assertThat(in(robot, editor, line).getStyleClass()).as(line).doesNotContain("field-error");
        }

        robot.clickOn("#woTabChecklists");
        robot.clickOn("#checkItem1Pass");
        robot.clickOn("#checkItem1Record");
        FxWait.until(() -> in(robot, editor, "#checkItem1Outcome")
                .getText()
                .equals("Kept on this computer, waiting for the server"));
        robot.clickOn("#checklistSign");
        FxWait.until(() -> robot.from(editor.getRoot())
                .lookup("#checklistSign")
                .queryButton()
                .getText()
                .equals("Signed off on this computer, waiting for the server"));

        robot.clickOn("#woTabLabour");
        robot.interact(() -> {
            robot.lookup("#labourHours").queryAs(TextField.class).setText("1.5");
            robot.lookup("#labourNote").queryAs(TextField.class).setText("Guard refitted, screws replaced");
        });
        robot.clickOn("#labourAdd");
        FxWait.until(() -> in(robot, editor, "#labourError").getText().startsWith("Kept on this computer"));
        assertThat(in(robot, editor, "#labourError").getStyleClass())
                .as("kept on this computer is information, not an error")
                .contains("field-info")
                .doesNotContain("field-error");
        assertThat(robot.lookup("#labourHours").queryAs(TextField.class).getText())
                .as("the line is cleared: the hours wait in the list above, nothing is lost")
                .isEmpty();

        robot.clickOn("#woTabDetails");
        robot.clickOn("#woMove");
        robot.clickOn("#woMoveToIN_PROGRESS");
        FxWait.until(() -> in(robot, editor, "#woStatus").getText().contains("waiting for the server"));
        assertThat(in(robot, editor, "#woStatus").getText())
                .isEqualTo("Approved, going to In progress (waiting for the server)");
        VBox waiting = robot.from(editor.getRoot()).lookup("#woWaiting").queryAs(VBox.class);
        FxWait.until(() -> waiting.getChildren().size() == 5);
        assertThat(waiting.getChildren().stream().map(n -> ((Label) n).getText()))
                .containsExactly(
                        "Waiting for the server (4), kept on this computer:",
                        "Waiting: Checklist item \"Guard refitted\": pass",
                        "Waiting: Sign-off of checklist \"Start-up check\"",
                        "Waiting: 1.5 h on work order #" + w.number() + " " + w.title() + " (" + LocalDate.now() + ")",
                        "Waiting: Work order #" + w.number() + " " + w.title() + " to \"In progress\"");
        shot(editor, "offline-editor-" + tag);
        assertThat(sync.status().pending()).isEqualTo(4);
        assertThat(count("select count(*) from maint.labour where work_order_id = ?", w.id()))
                .isZero();

        // The network returns: each action arrives once, and the open editor shows what the server holds.
        net.restore();
        sync.reachable(true);
        await(() -> sync.status().pending() == 0, Duration.ofSeconds(60));
        FxWait.until(() -> in(robot, editor, "#woStatus").getText().equals("In progress"));
        FxWait.until(() -> waiting.getChildren().isEmpty());
        // Live again: what only the server can do is on again, its notice gone.
        FxWait.until(() ->
                !robot.from(editor.getRoot()).lookup("#commentAdd").query().isDisabled());
        assertThat(in(robot, editor, "#commentError").getText()).isEmpty();
        assertThat(sync.status().rejected()).isZero();
        assertThat(count("select count(*) from maint.labour where work_order_id = ?", w.id()))
                .isEqualTo(1);
        assertThat(planners().find(w.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.IN_PROGRESS);
        assertThat(count(
                        "select count(*) from maint.work_order_status where work_order_id = ? and to_status = 'in_progress'",
                        w.id()))
                .isEqualTo(1);
        Checklist c = new ChecklistService(db.jdbiAs(planner), Clock.systemUTC())
                .checklists(w.id())
                .getFirst();
        assertThat(c.items().getFirst().passed()).isTrue();
        assertThat(c.signedBy()).isEqualTo(technician.personId());
        closeDialogs(robot);
    }

    @Test
    void aMoveKeptOfflineThatSomeoneElseOvertookReadsInPlantWords(FxRobot robot) throws Exception {
        robot.interact(() -> mode.set(UiMode.DESK));
        WorkOrder w = assigned("Motor hums at start", WorkOrderStatus.IN_PROGRESS);
        try (TcpProxy net = new TcpProxy(db.profile().host(), db.profile().port())) {
            Jdbi jdbi = OutboxClient.jdbiVia(db, technician, net.port());
            FloorSync sync = FloorSync.start(
                    Files.createTempDirectory("pd-tech-conflict"), jdbi, technician.personId(), Clock.systemUTC());
            try {
                showBoard(robot, jdbi, sync);
                FxWait.until(() -> inColumn(robot, w, WorkOrderStatus.IN_PROGRESS));
                await(() -> MyWorkCache.mine(sync.cache()).isPresent(), Duration.ofSeconds(30));

                net.cut();
                robot.clickOn("#woBoardRefresh");
                FxWait.until(() -> in(robot, stage.getScene(), "#staleMarker").isVisible());
                robot.interact(
                        () -> robot.lookup("#woCard" + w.number()).query().requestFocus());
                robot.press(KeyCode.SHIFT)
                        .press(KeyCode.F10)
                        .release(KeyCode.F10)
                        .release(KeyCode.SHIFT);
                FxWait.until(
                        () -> robot.lookup("#woCardMoveToON_HOLD").tryQuery().isPresent());
                robot.clickOn("#woCardMoveToON_HOLD");
                FxWait.until(() -> inColumn(robot, w, WorkOrderStatus.ON_HOLD));
                assertThat(in(robot, stage.getScene(), "#woBoardMessage").getText())
                        .isEqualTo("Kept on this computer: work order #" + w.number()
                                + " to On hold. It goes to the server as soon as the server answers.");
                assertThat(in(robot, stage.getScene(), "#woCardWaiting" + w.number())
                                .getText())
                        .isEqualTo("Going to On hold: waiting for the server");
                shot(stage.getScene(), "offline-board-waiting-desk");

                // Meanwhile the planner, still connected, completes and closes the order.
                planners().changeStatus(w.id(), WorkOrderStatus.COMPLETED);
                planners().changeStatus(w.id(), WorkOrderStatus.CLOSED);

                net.restore();
                sync.reachable(true);
                await(() -> sync.status().pending() == 0 && sync.status().rejected() == 1, Duration.ofSeconds(60));
                FxWait.until(() ->
                        in(robot, stage.getScene(), "#woBoardMessage").getText().startsWith("Not moved: "));
                assertThat(in(robot, stage.getScene(), "#woBoardMessage").getText())
                        .isEqualTo("Not moved: Work order #" + w.number() + " Motor hums at start was not changed: "
                                + "Work order " + w.number() + " is Closed and cannot go to On hold.");
                assertThat(inColumn(robot, w, WorkOrderStatus.ON_HOLD)).isFalse();
                shot(stage.getScene(), "offline-board-refused-desk");
                assertThat(planners().find(w.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.CLOSED);
            } finally {
                sync.close();
            }
        }
        assertThat(errors).isEmpty();
    }

    private static long count(String sql, UUID id) {
        return db.adminJdbi()
                .withHandle(
                        h -> h.createQuery(sql).bind(0, id).mapTo(Long.class).one());
    }

    private static void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null)
                .toList()
                .forEach(w -> ((Stage) w).close()));
    }

    private static void shot(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WritableImage img =
                WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader r = img.getPixelReader();
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        Files.createDirectories(SHOTS);
        ImageIO.write(out, "png", SHOTS.resolve(name + ".png").toFile());
    }
}
