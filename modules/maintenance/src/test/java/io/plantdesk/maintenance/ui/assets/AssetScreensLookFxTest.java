package io.plantdesk.maintenance.ui.assets;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.AssetDraft;
import io.plantdesk.maintenance.AssetKind;
import io.plantdesk.maintenance.AssetService;
import io.plantdesk.maintenance.MeterKind;
import io.plantdesk.maintenance.PmScheduleDraft;
import io.plantdesk.maintenance.PmService;
import io.plantdesk.maintenance.assets.AssetNode;
import io.plantdesk.maintenance.plan.AssetEditingScroll;
import io.plantdesk.maintenance.ui.MaintenanceFeature;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The asset screen and its dialogs (asset editor, meter reading, PM schedule) in Desk and Floor
 * mode at 1280x728 with Plantdesk's theme: each dialog fits the window, every button of the
 * dialog is inside it, and a picture of each goes to target/screens for a person to look at.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class AssetScreensLookFxTest {

    static final Path SHOTS = Path.of("target", "screens");
    static TestDatabase db;
    static TestUser planner;
    static FxTaskRunner tasks;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final SimpleObjectProperty<UiMode> mode = new SimpleObjectProperty<>(UiMode.DESK);
    private Runnable unfollow;
    private Stage stage;

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        UUID plant = db.createTenant("Asset look plant");
        planner = db.createUser(plant, AppRole.PLANNER);
        AssetService assets = new AssetService(db.jdbiAs(planner), Clock.systemUTC());
        Asset site = assets.create(AssetDraft.of(null, AssetKind.SITE, "S1", "Main building"));
        Asset line = assets.create(AssetDraft.of(site.id(), AssetKind.LINE, "L1", "Sewing line 1"));
        Asset m = assets.create(
                new AssetDraft(
                        line.id(),
                        AssetKind.MACHINE,
                        "L1-LS01",
                        "Lockstitch Juki DDL-9000C",
                        "Lockstitch",
                        "Juki",
                        "DDL-9000C",
                        "JK-2291-0457",
                        4,
                        "Line 1, place 3",
                        null),
                Map.of(MeterKind.RUN_HOURS, "Run hours", MeterKind.PIECES, "Pieces sewn"));
        var hours = assets.meters(m.id()).stream()
                .filter(x -> x.kind() == MeterKind.RUN_HOURS)
                .findFirst()
                .orElseThrow();
        assets.read(hours.id(), new BigDecimal("1240.5"), OffsetDateTime.now().minusHours(3));
        new PmService(db.jdbiAs(planner), Clock.systemUTC())
                .create(PmScheduleDraft.meter(
                                m.id(),
                                "Oil, belt and needle plate",
                                hours.id(),
                                new BigDecimal("250"),
                                new BigDecimal("1500"),
                                new BigDecimal("10"))
                        .orCalendar(90, OffsetDateTime.now().plusDays(40), 7));
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    /** Stops every window (the next test class's too) from following this test's last mode, Floor. */
    @AfterEach
    void unfollow() throws Exception {
        FxToolkit.setupFixture(() -> {
            if (unfollow != null) {
                unfollow.run();
            }
            mode.set(UiMode.DESK);
        });
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.applyBase(false);
        unfollow = Theme.followWindows(mode);
        stage.setScene(new Scene(new StackPane(), 1280, 728));
        Theme.install(stage.getScene());
        stage.getScene().getStylesheets().add(MaintenanceFeature.STYLESHEET);
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAssetScreenAndItsDialogsFitInDeskAndFloorMode(FxRobot robot) throws Exception {
        for (UiMode m : UiMode.values()) {
            robot.interact(() -> mode.set(m));
            String tag = m.name().toLowerCase(java.util.Locale.ROOT);
            FeatureView[] v = new FeatureView[1];
            robot.interact(() -> {
                v[0] = new AssetsFeature()
                        .open(FeatureFixture.context(
                                db, planner, tasks, new LiveRefresh(), SectionSettings.none("assets"), errors::add));
                Parent root = (Parent) v[0].node();
                root.getStylesheets().addAll(new AssetsFeature().stylesheets());
                stage.getScene().setRoot(root);
                Theme.applyMode(root, m);
                TableFit.installAll(root);
                v[0].shown();
            });
            TreeView<AssetNode> tree = robot.lookup("#assetTree").queryAs(TreeView.class);
            FxWait.until(() -> tree.getRoot().getChildren().size() == 1);
            TreeItem<AssetNode> site = tree.getRoot().getChildren().getFirst();
            robot.interact(() -> site.setExpanded(true));
            FxWait.until(() -> site.getChildren().getFirst().getValue() != null);
            TreeItem<AssetNode> line = site.getChildren().getFirst();
            robot.interact(() -> line.setExpanded(true));
            FxWait.until(() -> line.getChildren().getFirst().getValue() != null);
            robot.interact(
                    () -> tree.getSelectionModel().select(line.getChildren().getFirst()));
            FxWait.until(() -> robot.lookup("#assetPm")
                            .queryAs(javafx.scene.control.TableView.class)
                            .getItems()
                            .size()
                    == 1);
            shot(stage.getScene(), "assets-" + tag);
            AssetEditingScroll.toBottom(robot);
            shot(stage.getScene(), "assets-pm-" + tag);

            for (String[] d : List.of(
                    new String[] {"#assetEdit", "#assetDialog", "asset-edit"},
                    new String[] {"#assetNewChild", "#assetDialog", "asset-new-child"},
                    new String[] {"#assetReading", "#readingDialog", "reading"},
                    new String[] {"#assetPmNew", "#pmDialog", "pm-new"})) {
                robot.clickOn(d[0]);
                FxWait.until(() -> robot.lookup(d[1]).tryQuery().isPresent());
                WaitForAsyncUtils.waitForFxEvents();
                Scene dialog = robot.lookup(d[1]).query().getScene();
                if (d[2].equals("pm-new")) {
                    // The fullest form: whichever comes first shows the calendar's and the meter's fields.
                    robot.interact(() -> {
                        var trigger = robot.lookup("#pmTrigger").queryAs(javafx.scene.control.ChoiceBox.class);
                        trigger.setValue(trigger.getItems().get(2));
                    });
                }
                if (!d[2].equals("asset-edit")) {
                    // Sent empty: the refusal's line shows too (the edit is valid and would save).
                    robot.clickOn(
                            d[1].equals("#readingDialog")
                                    ? "#readingSave"
                                    : d[1].equals("#pmDialog") ? "#pmSave" : "#assetSave");
                    WaitForAsyncUtils.waitForFxEvents();
                }
                shot(dialog, d[2] + "-" + tag);
                assertThat(dialog.getWidth()).as(d[2] + " width in " + tag).isBetween(1.0, 1280.0);
                assertThat(dialog.getHeight()).as(d[2] + " height in " + tag).isBetween(1.0, 728.0);
                closeDialogs(robot);
            }
            robot.interact(v[0]::dispose);
        }
        assertThat(errors).isEmpty();
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
