package io.plantdesk.maintenance.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.AssetDraft;
import io.plantdesk.maintenance.AssetKind;
import io.plantdesk.maintenance.AssetService;
import io.plantdesk.maintenance.Meter;
import io.plantdesk.maintenance.MeterKind;
import io.plantdesk.maintenance.WorkOrderDraft;
import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.maintenance.assets.AssetHistoryRow;
import io.plantdesk.maintenance.assets.AssetNode;
import io.plantdesk.maintenance.assets.MeterReading;
import io.plantdesk.maintenance.ui.assets.AssetsFeature;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
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
 * The asset tree on its own: a branch's children load only when it opens, a machine shows its
 * meter's readings and its 60 work orders 50 at a time (paged in SQL, newest first).
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class AssetsViewFxTest {

    static TestDatabase db;
    static PlanFixture f;
    static FxTaskRunner tasks;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private FeatureView view;

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        f = PlanFixture.create(db, "Asset screen plant");
        AssetService assets = new AssetService(db.jdbiAs(f.planner()), Clock.systemUTC());
        Asset site = assets.create(AssetDraft.of(null, AssetKind.SITE, "GZP", "Gazipur plant"));
        Asset line = assets.create(AssetDraft.of(site.id(), AssetKind.LINE, "L1", "Sewing line 1"));
        Asset machine = assets.create(AssetDraft.of(line.id(), AssetKind.MACHINE, "L1-M01", "Lockstitch Juki 1"));
        assets.create(AssetDraft.of(machine.id(), AssetKind.COMPONENT, "L1-M01-HOOK", "Rotary hook"));
        Meter pieces = assets.meter(machine.id(), MeterKind.PIECES, "Pieces sewn");
        assets.add(pieces.id(), new BigDecimal("1200"), OffsetDateTime.now().minusHours(2));
        assets.add(pieces.id(), new BigDecimal("800"), OffsetDateTime.now().minusHours(1));
        WorkOrderService wo = new WorkOrderService(db.jdbiAs(f.planner()), Clock.systemUTC());
        for (int i = 1; i <= 60; i++) {
            wo.create(WorkOrderDraft.of("Check " + i, WorkOrderType.INSPECTION).withAsset(machine.id()));
        }
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

    @Test
    @SuppressWarnings("unchecked")
    void branchesLoadWhenOpenedAndAMachineShowsReadingsAndItsHistoryPaged(FxRobot robot) throws Exception {
        TreeView<AssetNode> tree = robot.lookup("#assetTree").queryAs(TreeView.class);
        FxWait.until(() -> tree.getRoot().getChildren().size() == 1);
        TreeItem<AssetNode> site = tree.getRoot().getChildren().getFirst();
        assertThat(site.getValue().code()).isEqualTo("GZP");
        // Not loaded until opened: one empty stand-in child.
        assertThat(site.getChildren()).hasSize(1);
        assertThat(site.getChildren().getFirst().getValue()).isNull();
        robot.interact(() -> site.setExpanded(true));
        FxWait.until(() -> site.getChildren().getFirst().getValue() != null);
        TreeItem<AssetNode> line = site.getChildren().getFirst();
        robot.interact(() -> line.setExpanded(true));
        FxWait.until(() -> line.getChildren().getFirst().getValue() != null);
        TreeItem<AssetNode> machine = line.getChildren().getFirst();
        assertThat(machine.getValue().name()).isEqualTo("Lockstitch Juki 1");
        assertThat(machine.isLeaf()).isFalse();
        robot.interact(() -> tree.getSelectionModel().select(machine));

        TableView<MeterReading> readings = robot.lookup("#assetReadings").queryAs(TableView.class);
        FxWait.until(() -> readings.getItems().size() == 2);
        assertThat(readings.getItems().getFirst().total()).isEqualByComparingTo("2000");
        FxWait.until(() -> robot.lookup("Lockstitch Juki 1").tryQuery().isPresent());

        TableView<AssetHistoryRow> history = robot.lookup("#assetHistory").queryAs(TableView.class);
        FxWait.until(() -> history.getItems().size() == 50);
        assertThat(history.getItems().getFirst().title()).isEqualTo("Check 60");
        Button older = robot.lookup("#assetHistoryOlder").queryAs(Button.class);
        assertThat(older.isDisabled()).isFalse();
        robot.clickOn(older);
        FxWait.until(() -> history.getItems().size() == 10);
        assertThat(history.getItems().getLast().title()).isEqualTo("Check 1");
        assertThat(older.isDisabled()).isTrue();
        robot.clickOn("#assetHistoryNewer");
        FxWait.until(() -> history.getItems().size() == 50);
        assertThat(errors).isEmpty();
        robot.interact(view::dispose);
    }
}
