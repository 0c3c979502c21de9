package io.plantdesk.maintenance.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.Part;
import io.plantdesk.maintenance.PartDraft;
import io.plantdesk.maintenance.PartsService;
import io.plantdesk.maintenance.VendorDraft;
import io.plantdesk.maintenance.ui.MaintenanceFeature;
import io.plantdesk.maintenance.ui.parts.PartsFeature;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
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
 * The parts screen's catalogue dialogs (part, vendor, location, the vendors-and-locations list) in
 * Desk and Floor mode at 1280x728 with Plantdesk's theme, the forms sent empty so that every
 * field's sentence shows: each dialog fits the window and no text or button is cut short. A
 * picture of each goes to target/screens for a person to look at.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class PartsCatalogueLookFxTest {

    static final Path SHOTS = Path.of("target", "screens");
    static TestDatabase db;
    static PlanFixture f;
    static FxTaskRunner tasks;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final SimpleObjectProperty<UiMode> mode = new SimpleObjectProperty<>(UiMode.DESK);
    private Runnable unfollow;
    private Stage stage;

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        f = PlanFixture.create(db, "Parts catalogue look plant");
        PartsService parts = new PartsService(db.jdbiAs(f.planner()), Clock.systemUTC());
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
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

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
    void theCatalogueDialogsFitInDeskAndFloorMode(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        for (UiMode m : UiMode.values()) {
            robot.interact(() -> mode.set(m));
            String tag = m.name().toLowerCase(Locale.ROOT);
            FeatureView[] v = new FeatureView[1];
            robot.interact(() -> {
                v[0] = new PartsFeature()
                        .open(FeatureFixture.context(
                                db,
                                f.planner(),
                                tasks,
                                new LiveRefresh(),
                                SectionSettings.none("maintenance.parts"),
                                errors::add));
                Parent root = (Parent) v[0].node();
                root.getStylesheets().addAll(new PartsFeature().stylesheets());
                stage.getScene().setRoot(root);
                Theme.applyMode(root, m);
                TableFit.installAll(root);
                v[0].shown();
            });
            TableView<Part> parts = robot.lookup("#partsTable").queryAs(TableView.class);
            FxWait.until(() -> parts.getItems().size() == 1);
            robot.interact(() -> parts.getSelectionModel().select(0));
            for (String[] d : List.of(
                    new String[] {"#partNew", "#partDialog", "#partSave", "part-new"},
                    new String[] {"#partEdit", "#partDialog", null, "part-edit"},
                    new String[] {"#partsCatalogue", "#catalogueDialog", null, "catalogue"},
                    new String[] {"#vendorNew", "#vendorDialog", "#vendorSave", "vendor-new"},
                    new String[] {"#locationNew", "#locationDialog", "#locationSave", "location-new"})) {
                if (d[0].equals("#vendorNew") || d[0].equals("#locationNew")) {
                    robot.clickOn("#partsCatalogue");
                    FxWait.until(
                            () -> robot.lookup("#catalogueDialog").tryQuery().isPresent());
                }
                robot.clickOn(d[0]);
                FxWait.until(() -> robot.lookup(d[1]).tryQuery().isPresent());
                WaitForAsyncUtils.waitForFxEvents();
                if (d[2] != null) {
                    robot.clickOn(d[2]); // sent empty: every field's sentence shows
                    WaitForAsyncUtils.waitForFxEvents();
                }
                Scene dialog = robot.lookup(d[1]).query().getScene();
                // No sizeToScene here: the dialog must grow around its sentences by itself.
                shot(dialog, "parts-" + d[3] + "-" + tag);
                String name = d[3] + " in " + tag;
                assertThat(dialog.getWidth()).as(name + " width").isBetween(1.0, 1280.0);
                assertThat(dialog.getHeight()).as(name + " height").isBetween(1.0, 728.0);
                robot.interact(() -> problems.addAll(cut(dialog.getRoot(), name)));
                robot.interact(() -> {
                    var b = dialog.getRoot().lookup(".button-bar").localToScene(0, 0);
                    if (b.getY() + 20 > dialog.getHeight()) {
                        problems.add(name + ": the buttons are below the window's edge");
                    }
                });
                closeDialogs(robot);
            }
            robot.interact(v[0]::dispose);
        }
        assertThat(problems).isEmpty();
        assertThat(errors).isEmpty();
    }

    /** Labels and buttons cut short ("..." or "…"). */
    private static List<String> cut(Parent root, String tag) {
        List<String> out = new ArrayList<>();
        root.applyCss();
        root.layout();
        walk(root, out, tag);
        return out;
    }

    private static void walk(Node n, List<String> out, String tag) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node c : l.getChildrenUnmodifiable()) {
                if (c instanceof Text t
                        && c.getClass().getSimpleName().equals("LabeledText")
                        && !t.getText().equals(l.getText())
                        && (t.getText().contains(l.getEllipsisString())
                                || t.getText().contains("…"))) {
                    out.add(tag + ": " + (l instanceof ButtonBase ? "button " : "") + "\"" + l.getText()
                            + "\" shown as \"" + t.getText() + "\"");
                }
            }
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, out, tag));
        }
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
