package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.sewing.ui.BulletinFeature;
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
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bulletin editor on a real database: the polo's worked balance (LineBalanceTest) shows with
 * its bottleneck row marked, a precedence is added, and the one that would close a cycle is
 * refused with the database's sentence.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class BulletinFxTest {

    static TestDatabase db;
    static Floor floor;
    static FxTaskRunner tasks;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void plant(TestDatabase database) {
        db = database;
        floor = Floor.build(db, "BUL");
        new FloorSetupService(db.jdbiAs(floor.supervisor()), Clock.systemUTC())
                .createStyle(
                        "AA-POLO",
                        "Polo",
                        List.of(
                                OperationDraft.of(10, "Attach collar", "1.2", "0.05"),
                                        OperationDraft.of(20, "Topstitch collar", "0.8", "0.03"),
                                OperationDraft.of(30, "Attach label", "0.5", "0.02"),
                                        OperationDraft.of(40, "Side seam", "2.0", "0.08")));
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @Test
    void thePoloBalancesWithItsBottleneckMarkedAndACycleIsRefused(FxRobot robot) throws Exception {
        BulletinFeature feature = new BulletinFeature();
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
                    FeatureView view = feature.open(FeatureFixture.context(
                            db,
                            floor.supervisor(),
                            tasks,
                            new LiveRefresh(),
                            SectionSettings.none(feature.id()),
                            errors::add));
                    Stage s = new Stage();
                    Scene scene = new Scene((Parent) view.node(), 1280, 728);
                    scene.getStylesheets().addAll(feature.stylesheets());
                    s.setScene(scene);
                    view.shown();
                    s.show();
                    return s;
                })
                .get();
        @SuppressWarnings("unchecked")
        ComboBox<Style> style = robot.lookup("#bulletinStyle").queryAs(ComboBox.class);
        FxWait.until(() -> style.getItems().size() == 2);
        robot.interact(() -> style.setValue(style.getItems().stream()
                .filter(s -> s.code().equals("AA-POLO"))
                .findFirst()
                .orElseThrow()));
        TableView<?> table = robot.lookup("#bulletinTable").queryAs(TableView.class);
        FxWait.until(() -> table.getItems().size() == 4);
        robot.interact(() -> {
            robot.lookup("#bulletinMinutes").queryAs(TextField.class).setText("480");
            robot.lookup("#bulletinTarget").queryAs(TextField.class).setText("600");
        });
        Label takt = robot.lookup("#bulletinTakt").queryAs(Label.class);
        FxWait.until(() -> takt.getText().contains("0.8"));
        assertThat(takt.getText()).isEqualTo("Takt time 0.800 min per garment");
        assertThat(robot.lookup("#bulletinBottleneck").queryAs(Label.class).getText())
                .isEqualTo("Bottleneck: Topstitch collar (0.800 min per garment per operator)");
        FxWait.until(() -> robot.lookup(".table-row-cell.bottleneck").tryQuery().isPresent());
        assertThat(robot.lookup(".table-row-cell.bottleneck")
                        .queryAs(javafx.scene.control.TableRow.class)
                        .getIndex())
                .isEqualTo(1);

        // Topstitch waits for Attach collar; then Attach collar waiting for Topstitch is refused.
        @SuppressWarnings("unchecked")
        ComboBox<Operation> waiting = robot.lookup("#precOperation").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Operation> first = robot.lookup("#precRequires").queryAs(ComboBox.class);
        robot.interact(() -> {
            waiting.getSelectionModel().select(1);
            first.getSelectionModel().select(0);
        });
        robot.clickOn("#precAdd");
        javafx.scene.layout.VBox list = robot.lookup("#precList").queryAs(javafx.scene.layout.VBox.class);
        FxWait.until(() -> list.getChildren().size() == 1);
        robot.interact(() -> {
            waiting.getSelectionModel().select(0);
            first.getSelectionModel().select(1);
        });
        robot.clickOn("#precAdd");
        Label message = robot.lookup("#bulletinMessage").queryAs(Label.class);
        FxWait.until(() -> !message.getText().isEmpty());
        assertThat(message.getText())
                .isEqualTo(
                        "\"Attach collar\" already comes before \"Topstitch collar\" (directly or through other operations), "
                                + "so it cannot also wait for it.");
        assertThat(list.getChildren()).hasSize(1);
        assertThat(errors).isEmpty();
        robot.interact(stage::close);
    }
}
