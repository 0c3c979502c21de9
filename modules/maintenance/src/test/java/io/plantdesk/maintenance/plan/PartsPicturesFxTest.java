package io.plantdesk.maintenance.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.AssetDraft;
import io.plantdesk.maintenance.AssetKind;
import io.plantdesk.maintenance.AssetService;
import io.plantdesk.maintenance.Part;
import io.plantdesk.maintenance.PartDraft;
import io.plantdesk.maintenance.PartsService;
import io.plantdesk.maintenance.VendorDraft;
import io.plantdesk.maintenance.assets.AssetNode;
import io.plantdesk.maintenance.ui.MaintenanceFeature;
import io.plantdesk.maintenance.ui.assets.AssetsFeature;
import io.plantdesk.maintenance.ui.parts.PartsFeature;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import io.plantdesk.ui.theme.Theme;
import io.plantdesk.ui.theme.UiMode;
import io.plantdesk.ui.widgets.TableFit;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Screen;
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
 * Pictures of the parts screen and its catalogue dialogs (new part, a refused save with its
 * sentence under the field, edit, vendors and locations, the stale-edit conflict) and of the asset
 * editor with its parent picker open, at 1366x768 in Desk and Floor mode, light and dark, to
 * target/screens for a person to look at. Each dialog must fit the window with its buttons inside.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class PartsPicturesFxTest {

    static final Path SHOTS = Path.of("target", "screens");
    /**
     * 1366x768, a common office and floor laptop, where the screen is that large (Monocle's
     * headless screen is 1280x800 unless started with -Dheadless.geometry=1366x768-32).
     */
    static double W;

    static double H;
    static TestDatabase db;
    static PlanFixture f;
    static FxTaskRunner tasks;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final SimpleObjectProperty<UiMode> mode = new SimpleObjectProperty<>(UiMode.DESK);
    private Runnable unfollow;
    private Stage stage;

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        f = PlanFixture.create(db, "Parts pictures plant");
        PartsService parts = service();
        parts.createLocation("Main store");
        parts.createLocation("Line 1 cabinet");
        parts.createVendor(new VendorDraft("Dhaka Sewing Spares Ltd", "Mr. Alam", "+880 2 555 0101", null));
        parts.createPart(new PartDraft(
                "NDL-DBX1-14",
                "Needle DBx1 size 14 (box of 10)",
                "box",
                new BigDecimal("4.20"),
                new BigDecimal("20"),
                new BigDecimal("60"),
                null));
        AssetService assets = new AssetService(db.jdbiAs(f.planner()), Clock.systemUTC());
        Asset site = assets.create(AssetDraft.of(null, AssetKind.SITE, "PP", "Gazipur plant"));
        Asset line = assets.create(AssetDraft.of(site.id(), AssetKind.LINE, "PP-L1", "Sewing line 1"));
        assets.create(AssetDraft.of(site.id(), AssetKind.LINE, "PP-L2", "Finishing and pressing line"));
        assets.create(AssetDraft.of(line.id(), AssetKind.MACHINE, "PP-M01", "Lockstitch Juki DDL-9000C"));
        tasks = new FxTaskRunner(4);
    }

    static PartsService service() {
        return new PartsService(db.jdbiAs(f.planner()), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @AfterEach
    void back() throws Exception {
        FxToolkit.setupFixture(() -> {
            if (unfollow != null) {
                unfollow.run();
            }
            mode.set(UiMode.DESK);
            Theme.applyBase(false);
        });
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        W = Math.min(1366, Screen.getPrimary().getBounds().getWidth());
        H = Math.min(768, Screen.getPrimary().getBounds().getHeight());
        Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide);
        unfollow = Theme.followWindows(mode);
        stage.setScene(new Scene(new StackPane(), W, H));
        Theme.install(stage.getScene());
        stage.getScene().getStylesheets().add(MaintenanceFeature.STYLESHEET);
        stage.show();
    }

    private FeatureView show(FxRobot robot, Feature feature, UiMode m) {
        FeatureView[] v = new FeatureView[1];
        robot.interact(() -> {
            v[0] = feature.open(FeatureFixture.context(
                    db, f.planner(), tasks, new LiveRefresh(), SectionSettings.none(feature.id()), errors::add));
            Parent root = (Parent) v[0].node();
            root.getStylesheets().addAll(feature.stylesheets());
            stage.getScene().setRoot(root);
            Theme.applyMode(root, m);
            TableFit.installAll(root);
            v[0].shown();
        });
        return v[0];
    }

    private static void press(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(ButtonBase.class).fire());
    }

    private static void type(FxRobot robot, String id, String value) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(value));
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePartsAndAssetEditorsInDeskAndFloorLightAndDark(FxRobot robot) throws Exception {
        for (boolean dark : List.of(false, true)) {
            for (UiMode m : UiMode.values()) {
                robot.interact(() -> {
                    Theme.applyBase(dark);
                    mode.set(m);
                });
                String tag = m.name().toLowerCase(Locale.ROOT) + "-" + (dark ? "dark" : "light");
                FeatureView v = show(robot, new PartsFeature(), m);
                TableView<Part> parts = robot.lookup("#partsTable").queryAs(TableView.class);
                FxWait.until(() -> parts.getItems().size() == 1);
                robot.interact(() -> parts.getSelectionModel().select(0));
                shot(stage.getScene(), null, "pic-parts-" + tag);

                press(robot, "#partNew");
                dialog(robot, "#partDialog", "pic-part-new-" + tag);
                type(robot, "#partCode", "-belt");
                type(robot, "#partName", "Timing belt 12 mm for the Juki DDL-9000C");
                type(robot, "#partReorderPoint", "two");
                press(robot, "#partSave");
                FxWait.until(() -> !robot.lookup("#partCodeError")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText()
                        .isEmpty());
                dialog(robot, "#partDialog", "pic-part-refused-" + tag);
                closeDialogs(robot);

                press(robot, "#partEdit");
                dialog(robot, "#partDialog", "pic-part-edit-" + tag);
                type(robot, "#partName", "Needle DBx1 size 14, mine");
                Part now = service().parts().getFirst();
                service()
                        .savePart(
                                now.id(),
                                now.version(),
                                new PartDraft(
                                        now.code(),
                                        "Needle DBx1 size 14 (box of 100), theirs",
                                        "box",
                                        new BigDecimal("39.00"),
                                        now.reorderPoint(),
                                        now.reorderQty(),
                                        null));
                press(robot, "#partSave");
                dialog(robot, "#catalogueConflictDialog", "pic-part-conflict-" + tag);
                closeDialogs(robot);

                press(robot, "#partsCatalogue");
                dialog(robot, "#catalogueDialog", "pic-catalogue-" + tag);
                closeDialogs(robot);
                robot.interact(v::dispose);

                FeatureView a = show(robot, new AssetsFeature(), m);
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
                press(robot, "#assetEdit");
                FxWait.until(() -> robot.lookup("#assetDialog").tryQuery().isPresent());
                ComboBox<Asset> parent = robot.lookup("#assetParent").queryAs(ComboBox.class);
                FxWait.until(() -> parent.getItems().size() == 3);
                type(robot, "#assetParentFind", "line");
                FxWait.until(() -> parent.getItems().size() == 2);
                robot.interact(parent::show);
                WaitForAsyncUtils.waitForFxEvents();
                PopupWindow popup = Window.getWindows().stream()
                        .filter(w -> w instanceof PopupWindow && w.isShowing())
                        .map(w -> (PopupWindow) w)
                        .findFirst()
                        .orElseThrow();
                dialog(robot, "#assetDialog", null);
                shot(robot.lookup("#assetDialog").query().getScene(), popup, "pic-asset-parent-" + tag);
                robot.interact(parent::hide);
                closeDialogs(robot);
                robot.interact(a::dispose);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(errors).isEmpty();
    }

    /** Waits for the dialog, checks it fits the window with its buttons inside, and takes its picture. */
    private void dialog(FxRobot robot, String id, String name) throws Exception {
        FxWait.until(() -> robot.lookup(id).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Scene d = robot.lookup(id).query().getScene();
        String what = id + (name == null ? "" : " (" + name + ")");
        if (d.getWidth() > W || d.getHeight() > H) {
            problems.add(what + ": " + d.getWidth() + "x" + d.getHeight() + " is larger than the window");
        }
        robot.interact(() -> {
            var bar = d.getRoot().lookup(".button-bar");
            if (bar != null && bar.localToScene(0, 0).getY() + 20 > d.getHeight()) {
                problems.add(what + ": the buttons are below the window's edge");
            }
            d.getRoot().lookupAll(".button-bar .button").forEach(b -> {
                var at = b.localToScene(b.getLayoutBounds());
                if (b.isVisible() && (at.getMinX() < 0 || at.getMaxX() > d.getWidth())) {
                    problems.add(
                            what + ": the button \"" + ((ButtonBase) b).getText() + "\" runs off the window's side");
                }
            });
        });
        if (name != null) {
            shot(d, null, name);
        }
    }

    private static void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null)
                .toList()
                .forEach(w -> ((Stage) w).close()));
    }

    /** The scene's picture, with an open drop-down list drawn where it shows over the scene. */
    private static void shot(Scene scene, PopupWindow popup, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        BufferedImage out =
                image(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(), BufferedImage.TYPE_INT_RGB);
        if (popup != null) {
            // Transparent around the list (its shadow), as it shows over the dialog.
            SnapshotParameters clear = new SnapshotParameters();
            clear.setFill(Color.TRANSPARENT);
            BufferedImage list = image(
                    WaitForAsyncUtils.asyncFx(() -> popup.getScene().getRoot().snapshot(clear, null))
                            .get(),
                    BufferedImage.TYPE_INT_ARGB);
            Window under = scene.getWindow();
            var from = popup.getScene().getRoot().getBoundsInParent(); // its shadow reaches past (0, 0)
            int x = (int) (popup.getX() + popup.getScene().getX() + from.getMinX() - under.getX() - scene.getX());
            int y = (int) (popup.getY() + popup.getScene().getY() + from.getMinY() - under.getY() - scene.getY());
            Graphics2D g = out.createGraphics();
            g.drawImage(list, x, y, null);
            g.dispose();
        }
        Files.createDirectories(SHOTS);
        ImageIO.write(out, "png", SHOTS.resolve(name + ".png").toFile());
    }

    private static BufferedImage image(WritableImage img, int type) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, type);
        PixelReader r = img.getPixelReader();
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        return out;
    }
}
