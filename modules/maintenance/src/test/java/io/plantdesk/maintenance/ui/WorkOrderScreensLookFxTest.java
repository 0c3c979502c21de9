package io.plantdesk.maintenance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.AssetDraft;
import io.plantdesk.maintenance.AssetKind;
import io.plantdesk.maintenance.AssetService;
import io.plantdesk.maintenance.NewAttachment;
import io.plantdesk.maintenance.WorkOrder;
import io.plantdesk.maintenance.WorkOrderDraft;
import io.plantdesk.maintenance.WorkOrderNotes;
import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.maintenance.api.LabourReport;
import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.maintenance.ui.board.StatusBoardFeature;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import io.plantdesk.ui.theme.Theme;
import io.plantdesk.ui.theme.UiMode;
import io.plantdesk.ui.widgets.TableFit;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every work-order screen in Desk and Floor mode at 1280x728 with Plantdesk's theme: each dialog
 * fits the window, and a picture of each state goes to target/screens for a person to look at.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class WorkOrderScreensLookFxTest {

    static final Path SHOTS = Path.of("target", "screens");
    static TestDatabase db;
    static TestUser planner;
    static TestUser technician;
    static FxTaskRunner tasks;
    static WorkOrder hook;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final SimpleObjectProperty<UiMode> mode = new SimpleObjectProperty<>(UiMode.DESK);
    private Stage stage;

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        UUID plant = db.createTenant("Look plant");
        planner = db.createUser(plant, AppRole.PLANNER);
        technician = db.createUser(plant, AppRole.TECHNICIAN);
        AssetService assets = new AssetService(db.jdbiAs(planner), Clock.systemUTC());
        Asset site = assets.create(AssetDraft.of(null, AssetKind.SITE, "S1", "Main building"));
        Asset line = assets.create(AssetDraft.of(site.id(), AssetKind.LINE, "L1", "Sewing line 1"));
        List<Asset> machines = List.of(
                assets.create(AssetDraft.of(line.id(), AssetKind.MACHINE, "L1-LS01", "Lockstitch 1")),
                assets.create(AssetDraft.of(line.id(), AssetKind.MACHINE, "L1-OL02", "Overlock 2")),
                assets.create(AssetDraft.of(line.id(), AssetKind.MACHINE, "L1-BH03", "Buttonhole 3")));
        WorkOrderService s = new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC());
        String[] titles = {
            "Needle bar knocks at high speed",
            "Thread breaks every few seats",
            "Oil leak under the bed",
            "Monthly PM: clean and oil",
            "Belt guard loose",
            "Feed dog worn",
            "Bobbin case replacement",
            "Knife dull on the overlock",
            "Motor hums at start",
            "Tension spring weak",
            "Presser foot lift sticks",
            "Inspection before the audit"
        };
        OffsetDateTime now = OffsetDateTime.now();
        for (int i = 0; i < titles.length; i++) {
            WorkOrderType type = WorkOrderType.values()[i % 4];
            WorkOrder w = s.create(WorkOrderDraft.of(titles[i], type)
                    .withAsset(machines.get(i % 3).id())
                    .withPriority(Priority.values()[i % 4])
                    .withDue(now.plusDays(i - 4))
                    .withHours(new BigDecimal(i % 3 + 1), null));
            if (i % 3 != 0) {
                s.changeStatus(w.id(), WorkOrderStatus.APPROVED);
                s.assign(w.id(), List.of(technician.personId()));
            }
            if (i % 4 == 1 && i % 3 != 0) {
                s.changeStatus(w.id(), WorkOrderStatus.IN_PROGRESS);
                s.logLabour(new LabourReport(
                        w.id(), technician.personId(), LocalDate.now(), new BigDecimal("1.5"), "Replaced the spring"));
            }
            if (i == 0) {
                hook = w;
            }
        }
        // Comments, files and a field change by someone else, for the editor's other tabs.
        WorkOrderNotes notes = new WorkOrderNotes(db.jdbiAs(technician), Clock.systemUTC());
        notes.comment(hook.id(), "The needle bar bushing is worn; I ordered a new one.");
        new WorkOrderNotes(db.jdbiAs(planner), Clock.systemUTC())
                .comment(
                        hook.id(),
                        "Thanks. Please fit it on Thursday's early shift, the line is down for the style change anyway.");
        try {
            BufferedImage photo = new BufferedImage(96, 72, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = photo.createGraphics();
            g.setColor(new java.awt.Color(0x5B7DA8));
            g.fillRect(0, 0, 96, 72);
            g.setColor(new java.awt.Color(0xD9A441));
            g.fillOval(30, 18, 36, 36);
            g.dispose();
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            ImageIO.write(photo, "png", png);
            notes.attach(
                    hook.id(),
                    new NewAttachment("needle-bar-bushing.png", "image/png", png.toByteArray(), png.toByteArray()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        notes.attach(
                hook.id(), new NewAttachment("service-manual-p42.pdf", "application/pdf", new byte[180_000], null));
        WorkOrder before = s.find(hook.id()).orElseThrow();
        new WorkOrderService(db.jdbiAs(technician), Clock.systemUTC())
                .save(
                        hook.id(),
                        before.version(),
                        before.draft().withPriority(Priority.HIGH).withFailure("BUSHING", null, null));
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

    private FeatureView show(FxRobot robot, Feature f) {
        FeatureView[] v = new FeatureView[1];
        robot.interact(() -> {
            v[0] = f.open(FeatureFixture.context(
                    db, planner, tasks, new LiveRefresh(), SectionSettings.none("maintenance"), errors::add));
            Parent root = (Parent) v[0].node();
            stage.getScene().setRoot(root);
            Theme.applyMode(root, mode.get());
            TableFit.installAll(root); // as the shell does for every screen
            v[0].shown();
        });
        return v[0];
    }

    @Test
    void everyScreenFitsInDeskAndFloorMode(FxRobot robot) throws Exception {
        for (UiMode m : UiMode.values()) {
            robot.interact(() -> mode.set(m));
            String tag = m.name().toLowerCase(java.util.Locale.ROOT);
            show(robot, new MaintenanceFeature());
            FxWait.until(() -> robot.lookup("#woTable").tryQuery().isPresent()
                    && robot.lookup("#woTable")
                                    .queryAs(TableView.class)
                                    .getItems()
                                    .size()
                            >= 12);
            shot(robot, stage.getScene(), "backlog-" + tag);

            robot.interact(() -> {
                @SuppressWarnings("unchecked")
                TableView<io.plantdesk.maintenance.BacklogRow> t =
                        robot.lookup("#woTable").queryAs(TableView.class);
                t.getSelectionModel().clearSelection();
                t.getItems().stream()
                        .filter(r -> r.number() == hook.number())
                        .forEach(r -> t.getSelectionModel().select(r));
            });
            robot.clickOn("#woOpen");
            FxWait.until(() -> robot.lookup("#workOrderEditor").tryQuery().isPresent());
            Scene editor = robot.lookup("#workOrderEditor").query().getScene();
            shot(robot, editor, "editor-details-" + tag);
            fits(robot, editor);
            robot.clickOn("#woTabLabour");
            shot(robot, editor, "editor-labour-" + tag);
            robot.clickOn("#woTabComments");
            FxWait.until(() -> robot.lookup("#woComments")
                            .queryAs(ListView.class)
                            .getItems()
                            .size()
                    == 2);
            shot(robot, editor, "editor-comments-" + tag);
            robot.clickOn("#woTabAttachments");
            FxWait.until(() -> robot.lookup("#woAttachments")
                            .queryAs(ListView.class)
                            .getItems()
                            .size()
                    == 2);
            shot(robot, editor, "editor-attachments-" + tag);
            robot.clickOn("#woTabHistory");
            shot(robot, editor, "editor-history-" + tag);
            robot.clickOn("#woTabDetails");
            robot.doubleClickOn("#woTitle").write(" now");
            WorkOrder now = new WorkOrderService(db.jdbiAs(technician), Clock.systemUTC())
                    .find(hook.id())
                    .orElseThrow();
            new WorkOrderService(db.jdbiAs(technician), Clock.systemUTC())
                    .save(hook.id(), now.version(), now.draft().withPriority(Priority.URGENT));
            robot.clickOn("#woSave");
            FxWait.until(() -> robot.lookup("#conflictDialog").tryQuery().isPresent());
            Scene conflict = robot.lookup("#conflictDialog").query().getScene();
            shot(robot, conflict, "conflict-" + tag);
            fits(robot, conflict);
            robot.clickOn("#conflictTakeTheirs");
            closeDialogs(robot);

            robot.clickOn("#woNew");
            FxWait.until(() -> robot.lookup("#workOrderEditor").tryQuery().isPresent());
            // Typed without a click: in Floor mode the field sits below the form's visible part (it scrolls).
            robot.interact(() -> robot.lookup("#woEstimated")
                    .queryAs(javafx.scene.control.TextField.class)
                    .setText("-1"));
            robot.clickOn("#woSave");
            Scene created = robot.lookup("#workOrderEditor").query().getScene();
            shot(robot, created, "editor-new-refused-" + tag);
            fits(robot, created);
            closeDialogs(robot);

            show(robot, new StatusBoardFeature());
            FxWait.until(
                    () -> robot.lookup("#woCard" + hook.number()).tryQuery().isPresent());
            shot(robot, stage.getScene(), "board-" + tag);
        }
        assertThat(errors).isEmpty();
    }

    /** A dialog in its own window fits the 1280x728 screen in both modes. */
    private static void fits(FxRobot robot, Scene scene) throws Exception {
        Window w = scene.getWindow();
        FxWait.until(() -> !Double.isNaN(w.getWidth()) && !Double.isNaN(w.getHeight()));
        assertThat(w.getWidth()).as("dialog width %s", w.getWidth()).isLessThanOrEqualTo(1280);
        assertThat(w.getHeight()).as("dialog height %s", w.getHeight()).isLessThanOrEqualTo(728);
    }

    private static void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null)
                .toList()
                .forEach(w -> ((Stage) w).close()));
    }

    private static void shot(FxRobot robot, Scene scene, String name) throws Exception {
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
