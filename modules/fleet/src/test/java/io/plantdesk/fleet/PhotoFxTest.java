package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.fleet.ui.FleetFeature;
import io.plantdesk.fleet.ui.TimelineRow;
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
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Photos on the fleet screen: thumbnails in the timeline and the editor, a click opens the full picture. */
@ExtendWith({PostgresExtension.class, ApplicationExtension.class})
class PhotoFxTest {

    static TestDatabase db;
    static TestUser technician;
    static FxTaskRunner tasks;
    static VehicleEvent damage;
    private final LiveRefresh live = new LiveRefresh();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private FeatureView view;

    @BeforeAll
    static void plant(TestDatabase database) throws Exception {
        db = database;
        UUID plant = db.createTenant("Photo screen");
        TestUser planner = db.createUser(plant, AppRole.PLANNER);
        technician = db.createUser(plant, AppRole.TECHNICIAN);
        Vehicle van = FleetFixture.plant(db, planner, "PHS 1").van();
        EventService events = new EventService(db.jdbiAs(technician), Clock.systemUTC());
        damage = events.record(EventDraft.of(
                van.id(),
                EventKind.DAMAGE,
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(1),
                null,
                null,
                "Dent on the door"));
        PhotoService photos = new PhotoService(db.jdbiAs(technician), Clock.systemUTC());
        photos.attach(
                damage.id(),
                PhotoFile.of("dent.jpg", TestPictures.jpegWithExif(640, 480, "2025:03:14 09:26:53"), ZoneOffset.UTC));
        photos.attach(damage.id(), PhotoFile.of("close-up.png", TestPictures.png(200, 300), ZoneOffset.UTC));
        tasks = new FxTaskRunner(4);
    }

    @AfterAll
    static void stop() {
        tasks.close();
    }

    @Start
    void start(Stage stage) {
        view = new FleetFeature()
                .open(FeatureFixture.context(db, technician, tasks, live, SectionSettings.none("fleet"), errors::add));
        stage.setScene(new Scene((Parent) view.node(), 1280, 728));
        view.shown();
        stage.show();
    }

    @SuppressWarnings("unchecked")
    @Test
    void thumbnailsShowInTheTimelineAndEditorAndOpenFullSize(FxRobot robot) throws Exception {
        TableView<?> vehicles = robot.lookup("#fleetVehicles").queryAs(TableView.class);
        FxWait.until(() -> vehicles.getItems().size() == 1);
        robot.interact(() -> vehicles.getSelectionModel().select(0));
        ListView<TimelineRow> list = robot.lookup("#fleetTimeline").queryAs(ListView.class);
        FxWait.until(
                () -> robot.lookup("#fleetTimeline .fleet-photo").queryAll().size() == 2);
        Button first = robot.lookup("#fleetTimeline .fleet-photo").queryAs(Button.class);
        ImageView thumb = (ImageView) first.getGraphic();
        assertThat(thumb.getImage().getWidth())
                .as("the stored thumbnail, not the picture")
                .isEqualTo(PhotoFile.THUMBNAIL);

        robot.clickOn(first);
        FxWait.until(() -> robot.lookup("#fleetPhotoImage").tryQuery().isPresent());
        ImageView full = robot.lookup("#fleetPhotoImage").queryAs(ImageView.class);
        assertThat(full.getImage().getWidth()).isEqualTo(640);
        robot.interact(() -> full.getScene().getWindow().hide());

        robot.interact(() -> list.getSelectionModel().select(1));
        robot.clickOn("#fleetEdit");
        FxWait.until(() -> robot.lookup("#eventPhotos").tryQuery().isPresent());
        assertThat(robot.lookup("#eventPhotos").queryAs(HBox.class).getChildren())
                .hasSize(2);
        assertThat(robot.lookup("#eventAddPhoto").tryQuery()).isPresent();
        assertThat(errors).isEmpty();
    }
}
