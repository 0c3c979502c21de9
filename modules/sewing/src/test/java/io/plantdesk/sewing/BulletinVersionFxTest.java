package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.sewing.ui.BulletinFeature;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.testkit.fx.FeatureFixture;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "New version" on the bulletin editor: a planner is asked first with the reason (past output
 * keeps the old version), a code already taken is refused with the typed values kept, and the
 * version made is what the editor then shows; a supervisor has no such button.
 */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class BulletinVersionFxTest {

    @Test
    void aPlannerMakesANewVersionAndTheEditorSwitchesToIt(FxRobot robot, TestDatabase db) throws Exception {
        Floor floor = Floor.build(db, "BVF");
        new ScanService(db.jdbiAs(floor.ben()), Clock.systemUTC(), Optional.empty())
                .scan(new ScanRequest(
                        UUID.randomUUID(),
                        floor.bundles().getFirst().qrCode(),
                        floor.hem().id(),
                        floor.ben().personId(),
                        null,
                        "station-1",
                        Floor.utc("2026-03-02T08:00")));
        TestUser planner = db.createUser(floor.plant(), AppRole.PLANNER);
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        try (FxTaskRunner tasks = new FxTaskRunner(2)) {
            Stage stage = open(db, planner, tasks, errors);
            @SuppressWarnings("unchecked")
            ComboBox<Style> style = robot.lookup("#bulletinStyle").queryAs(ComboBox.class);
            FxWait.until(() -> style.getValue() != null);
            assertThat(style.getValue().code()).isEqualTo("TS-100");
            Button newVersion = robot.lookup("#bulletinNewVersion").queryAs(Button.class);
            assertThat(newVersion.isVisible()).isTrue();
            robot.clickOn(newVersion);
            Label why = robot.lookup("#bulletinVersionWhy").queryAs(Label.class);
            assertThat(why.getText())
                    .startsWith("A new version copies the operations and precedence of TS-100")
                    .contains("keep it as it is, so their past output");
            TextField code = robot.lookup("#bulletinVersionCode").queryAs(TextField.class);
            TextField name = robot.lookup("#bulletinVersionName").queryAs(TextField.class);
            assertThat(code.getText()).isEqualTo("TS-100-V2");
            assertThat(name.getText()).isEqualTo("T-shirt");

            // A code taken: refused by the database, the typed values stay.
            robot.interact(() -> {
                code.setText("ts-100");
                name.setText("T-shirt, bagged");
            });
            robot.clickOn("#bulletinVersionMake");
            Label problem = robot.lookup("#bulletinVersionProblem").queryAs(Label.class);
            FxWait.until(() -> !problem.getText().isEmpty());
            assertThat(problem.getText()).isEqualTo("Another style already has that code.");
            assertThat(code.getText()).isEqualTo("ts-100");
            assertThat(name.getText()).isEqualTo("T-shirt, bagged");

            robot.interact(() -> code.setText("TS-100-V2"));
            robot.clickOn("#bulletinVersionMake");
            FxWait.until(() -> style.getValue() != null
                    && style.getValue().code().equals("TS-100-V2")
                    && style.getItems().size() == 2);
            TableView<?> table = robot.lookup("#bulletinTable").queryAs(TableView.class);
            FxWait.until(() -> table.getItems().size() == 2);
            Label done = robot.lookup("#bulletinVersionDone").queryAs(Label.class);
            assertThat(done.getText()).startsWith("Version TS-100-V2 is made from TS-100");
            assertThat(robot.lookup("#bulletinVersionAsk").query().isVisible()).isFalse();
            // The new version is free to change, the old one keeps its steps.
            BulletinService bulletin = new BulletinService(db.jdbiAs(planner), Clock.systemUTC());
            bulletin.addOperation(style.getValue().id(), OperationDraft.of(30, "Fold and bag", "0.3", "0.01"));
            assertThat(bulletin.bulletin(floor.style().id())).hasSize(2);
            assertThat(errors).isEmpty();
            WaitForAsyncUtils.asyncFx(stage::close).get();

            Stage supervisor = open(db, floor.supervisor(), tasks, errors);
            FxWait.until(
                    () -> robot.lookup("#bulletinStyle").queryAs(ComboBox.class).getValue() != null);
            assertThat(robot.lookup("#bulletinNewVersion").queryAs(Button.class).isVisible())
                    .isFalse();
            WaitForAsyncUtils.asyncFx(supervisor::close).get();
        }
    }

    private static Stage open(TestDatabase db, TestUser user, FxTaskRunner tasks, List<Throwable> errors)
            throws Exception {
        BulletinFeature feature = new BulletinFeature();
        return WaitForAsyncUtils.asyncFx(() -> {
                    FeatureView view = feature.open(FeatureFixture.context(
                            db, user, tasks, new LiveRefresh(), SectionSettings.none(feature.id()), errors::add));
                    Stage s = new Stage();
                    Scene scene = new Scene((Parent) view.node(), 1280, 728);
                    scene.getStylesheets().addAll(feature.stylesheets());
                    s.setScene(scene);
                    s.show();
                    return s;
                })
                .get();
    }
}
