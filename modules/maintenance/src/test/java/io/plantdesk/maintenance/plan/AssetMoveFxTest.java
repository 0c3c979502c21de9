package io.plantdesk.maintenance.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.AssetDraft;
import io.plantdesk.maintenance.AssetKind;
import io.plantdesk.maintenance.AssetService;
import io.plantdesk.maintenance.assets.AssetNode;
import io.plantdesk.maintenance.ui.assets.AssetsFeature;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A machine moved to another line from its editor: the parent is found by typing (the database
 * answers a page at a time), and the tree shows the machine under its new line and no longer under
 * the old one at once, without opening the screen again.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class AssetMoveFxTest {

    static TestDatabase db;
    static PlanFixture f;
    static FxTaskRunner tasks;
    static Asset line1;
    static Asset line2;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private FeatureView view;

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        f = PlanFixture.create(db, "Asset move plant");
        AssetService assets = new AssetService(db.jdbiAs(f.planner()), Clock.systemUTC());
        Asset site = assets.create(AssetDraft.of(null, AssetKind.SITE, "AMV", "Tongi plant"));
        line1 = assets.create(AssetDraft.of(site.id(), AssetKind.LINE, "AMV-L1", "Sewing line 1"));
        line2 = assets.create(AssetDraft.of(site.id(), AssetKind.LINE, "AMV-L2", "Finishing line"));
        assets.create(AssetDraft.of(line1.id(), AssetKind.MACHINE, "AMV-M01", "Lockstitch 1"));
        assets.create(AssetDraft.of(line1.id(), AssetKind.MACHINE, "AMV-M02", "Overlock 2"));
        assets.create(AssetDraft.of(line2.id(), AssetKind.MACHINE, "AMV-M09", "Buttonhole 9"));
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @Start
    void start(Stage stage) {
        view = new AssetsFeature()
                .open(FeatureFixture.context(
                        db,
                        f.planner(),
                        tasks,
                        new LiveRefresh(),
                        SectionSettings.none("maintenance.assets"),
                        errors::add));
        stage.setScene(new Scene((Parent) view.node(), 1280, 728));
        view.shown();
        stage.show();
    }

    private static TreeItem<AssetNode> child(TreeItem<AssetNode> of, String code) {
        return of.getChildren().stream()
                .filter(i -> i.getValue() != null && i.getValue().code().equals(code))
                .findFirst()
                .orElse(null);
    }

    private static void open(FxRobot robot, TreeItem<AssetNode> item) throws Exception {
        robot.interact(() -> item.setExpanded(true));
        FxWait.until(() ->
                !item.getChildren().isEmpty() && item.getChildren().getFirst().getValue() != null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMachineMovedToAnotherLineShowsThereAndLeavesTheOldLineAtOnce(FxRobot robot) throws Exception {
        TreeView<AssetNode> tree = robot.lookup("#assetTree").queryAs(TreeView.class);
        FxWait.until(() -> tree.getRoot().getChildren().size() == 1);
        TreeItem<AssetNode> site = tree.getRoot().getChildren().getFirst();
        open(robot, site);
        TreeItem<AssetNode> l1 = child(site, "AMV-L1");
        TreeItem<AssetNode> l2 = child(site, "AMV-L2");
        open(robot, l1);
        open(robot, l2);
        robot.interact(() -> tree.getSelectionModel().select(child(l1, "AMV-M02")));

        robot.clickOn("#assetEdit");
        FxWait.until(() -> robot.lookup("#assetDialog").tryQuery().isPresent());
        ComboBox<Asset> parent = robot.lookup("#assetParent").queryAs(ComboBox.class);
        FxWait.until(() -> parent.getValue() != null && parent.getValue().id().equals(line1.id()));
        // Found by a word of its name; the line it is on stays offered (and chosen) meanwhile.
        robot.interact(
                () -> robot.lookup("#assetParentFind").queryAs(TextField.class).setText("finish"));
        FxWait.until(() -> parent.getItems().stream().map(Asset::code).toList().equals(List.of("AMV-L1", "AMV-L2")));
        assertThat(parent.getValue().id()).isEqualTo(line1.id());
        robot.interact(() -> parent.setValue(parent.getItems().stream()
                .filter(a -> a.id().equals(line2.id()))
                .findFirst()
                .orElseThrow()));
        robot.clickOn("#assetSave");
        FxWait.until(() -> robot.lookup("#assetDialog").tryQuery().isEmpty());

        FxWait.until(() -> child(l2, "AMV-M02") != null);
        assertThat(child(l1, "AMV-M02")).as("gone from the old line at once").isNull();
        assertThat(l1.getChildren()).extracting(i -> i.getValue().code()).containsExactly("AMV-M01");
        assertThat(l2.getChildren()).extracting(i -> i.getValue().code()).containsExactly("AMV-M02", "AMV-M09");
        FxWait.until(() -> tree.getSelectionModel().getSelectedItem() == child(l2, "AMV-M02"));
        assertThat(errors).isEmpty();
        robot.interact(view::dispose);
    }
}
