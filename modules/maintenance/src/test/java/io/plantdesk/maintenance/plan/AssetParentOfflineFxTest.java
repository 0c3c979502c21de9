package io.plantdesk.maintenance.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.AssetDraft;
import io.plantdesk.maintenance.AssetKind;
import io.plantdesk.maintenance.AssetService;
import io.plantdesk.maintenance.assets.AssetNode;
import io.plantdesk.maintenance.ui.assets.AssetsFeature;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TcpProxy;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The asset editor's parent search on a bad day: the network is cut (a real TCP cut, not a mocked
 * driver) while the planner types words to find another line. The editor stays open with
 * everything typed, says under the search in plant words that it did not reach the server, a Save
 * meanwhile saves nothing; once the network is back the search finds the line and the move lands.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class AssetParentOfflineFxTest {

    static TestDatabase db;
    static PlanFixture f;
    static TcpProxy net;
    static FxTaskRunner tasks;
    static Asset line1;
    static Asset line2;
    static Asset machine;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private FeatureView view;

    @BeforeAll
    static void plant(TestDatabase database) throws Exception {
        db = database;
        f = PlanFixture.create(db, "Asset offline plant");
        AssetService assets = new AssetService(db.jdbiAs(f.planner()), Clock.systemUTC());
        Asset site = assets.create(AssetDraft.of(null, AssetKind.SITE, "AOF", "Savar plant"));
        line1 = assets.create(AssetDraft.of(site.id(), AssetKind.LINE, "AOF-L1", "Sewing line 1"));
        line2 = assets.create(AssetDraft.of(site.id(), AssetKind.LINE, "AOF-L2", "Finishing line"));
        machine = assets.create(AssetDraft.of(line1.id(), AssetKind.MACHINE, "AOF-M01", "Lockstitch 1"));
        net = new TcpProxy(db.profile().host(), db.profile().port());
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        net.restore();
        tasks.close();
        net.close();
    }

    @Start
    void start(Stage stage) {
        view = OfflineContext.show(
                stage, new AssetsFeature(), "maintenance.assets", net, db, f.planner(), tasks, errors);
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

    private static void type(FxRobot robot, String id, String value) {
        robot.interact(() -> {
            TextField t = robot.lookup(id).queryAs(TextField.class);
            t.requestFocus();
            t.setText(value);
        });
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    private static Asset saved() {
        return new AssetService(db.jdbiAs(f.planner()), Clock.systemUTC())
                .find(machine.id())
                .orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aParentSearchTypedWhileTheNetworkIsCutKeepsTheFormAndWorksWhenItIsBack(FxRobot robot) throws Exception {
        robot.release(new KeyCode[0]);
        TreeView<AssetNode> tree = robot.lookup("#assetTree").queryAs(TreeView.class);
        FxWait.until(() -> tree.getRoot().getChildren().size() == 1);
        TreeItem<AssetNode> site = tree.getRoot().getChildren().getFirst();
        open(robot, site);
        TreeItem<AssetNode> l1 = child(site, "AOF-L1");
        open(robot, l1);
        robot.interact(() -> tree.getSelectionModel().select(child(l1, "AOF-M01")));
        robot.interact(
                () -> robot.lookup("#assetEdit").queryAs(ButtonBase.class).fire());
        FxWait.until(() -> robot.lookup("#assetDialog").tryQuery().isPresent());
        ComboBox<Asset> parent = robot.lookup("#assetParent").queryAs(ComboBox.class);
        FxWait.until(() -> parent.getValue() != null && parent.getValue().id().equals(line1.id()));
        FxWait.until(() -> parent.getItems().size() == 3); // the site and both lines: the first search is done
        type(robot, "#assetName", "Lockstitch 1, moved");
        type(robot, "#assetSerial", "JK-2291");

        net.cut();
        type(robot, "#assetParentFind", "fin");
        Label searchFailed = robot.lookup("#assetParentError").queryAs(Label.class);
        FxWait.until(() -> !searchFailed.getText().isBlank());
        assertThat(searchFailed.getText()).startsWith("The search did not run: ");
        OfflineContext.assertPlantWords(searchFailed.getText(), f.planner());
        assertThat(robot.lookup("#assetDialog").tryQuery())
                .as("the editor stays open")
                .isPresent();
        assertThat(text(robot, "#assetParentFind")).isEqualTo("fin");
        assertThat(text(robot, "#assetName")).isEqualTo("Lockstitch 1, moved");
        assertThat(text(robot, "#assetSerial")).isEqualTo("JK-2291");
        assertThat(parent.getValue().id()).as("the chosen parent stays chosen").isEqualTo(line1.id());

        // A Save meanwhile: refused in words, nothing half-saved.
        robot.interact(
                () -> robot.lookup("#assetSave").queryAs(ButtonBase.class).fire());
        Label refused = robot.lookup("#assetError").queryAs(Label.class);
        FxWait.until(() -> !refused.getText().isBlank());
        OfflineContext.assertPlantWords(refused.getText(), f.planner());
        assertThat(robot.lookup("#assetDialog").tryQuery()).isPresent();
        assertThat(text(robot, "#assetName")).isEqualTo("Lockstitch 1, moved");
        assertThat(saved().name()).isEqualTo("Lockstitch 1");
        assertThat(saved().version()).isEqualTo(machine.version());

        net.restore();
        type(robot, "#assetParentFind", "finish");
        FxWait.until(() -> parent.getItems().stream().map(Asset::code).toList().equals(List.of("AOF-L1", "AOF-L2")));
        FxWait.until(() -> searchFailed.getText().isBlank());
        robot.interact(() -> parent.setValue(parent.getItems().stream()
                .filter(a -> a.id().equals(line2.id()))
                .findFirst()
                .orElseThrow()));
        robot.interact(
                () -> robot.lookup("#assetSave").queryAs(ButtonBase.class).fire());
        FxWait.until(() -> robot.lookup("#assetDialog").tryQuery().isEmpty());
        Asset moved = saved();
        assertThat(moved.parentId()).isEqualTo(line2.id());
        assertThat(moved.name()).isEqualTo("Lockstitch 1, moved");
        assertThat(moved.serial()).isEqualTo("JK-2291");
        assertThat(errors).isEmpty();
        robot.interact(view::dispose);
    }
}
