package io.plantdesk.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.Person;
import io.plantdesk.platform.session.Session;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.theme.UiMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The shell drives each screen's lifecycle: shown, hidden when another screen is picked (its
 * live-refresh subscription paused, so a hidden screen does no work), disposed at logout.
 */
@ExtendWith(ApplicationExtension.class)
class ShellLifecycleFxTest {

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final LiveRefresh live = new LiveRefresh();
    private ShellViewModel vm;
    private ShellView shell;
    private Recording first;
    private Recording second;

    /** A screen that writes down what happens to it and counts its live refreshes. */
    private final class Recording implements Feature {
        private final String id;
        private final int order;
        int refreshes;

        Recording(String id, int order) {
            this.id = id;
            this.order = order;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String title() {
            return id;
        }

        @Override
        public Ikon icon() {
            return Material2AL.DASHBOARD;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public Set<AppRole> allowedRoles() {
            return Set.of();
        }

        @Override
        public FeatureView open(FeatureContext context) {
            events.add(id + " opened");
            LiveRefresh.Subscription sub = context.live().subscribe(Set.of("people"), () -> refreshes++);
            Label node = new Label(id);
            return new FeatureView() {
                @Override
                public Node node() {
                    return node;
                }

                @Override
                public void shown() {
                    events.add(id + " shown");
                    sub.resume();
                }

                @Override
                public void hidden() {
                    events.add(id + " hidden");
                    sub.pause();
                }

                @Override
                public void dispose() {
                    events.add(id + " disposed");
                    sub.cancel();
                }
            };
        }
    }

    @Start
    void start(Stage stage) {
        first = new Recording("first", 1);
        second = new Recording("second", 2);
        Person p = new Person(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Test",
                null,
                AppRole.ADMIN,
                "t_admin",
                true,
                OffsetDateTime.now(),
                "t",
                1);
        Session s = new Session(ConnectionProfile.demo(1), p, "Plant", null, "7");
        vm = new ShellViewModel(
                s,
                List.of(first, second),
                TaskRunner.sameThread(),
                Clock.systemUTC(),
                Messages.of("io.plantdesk.app.messages", ShellLifecycleFxTest.class),
                UiMode.DESK,
                false,
                null,
                live,
                null);
        shell = new ShellView(
                vm,
                Messages.of("io.plantdesk.app.messages", ShellLifecycleFxTest.class),
                f -> new FeatureContext(
                        null,
                        p,
                        TaskRunner.sameThread(),
                        null,
                        Clock.systemUTC(),
                        null,
                        live,
                        null,
                        e -> {},
                        SectionSettings.none(f.id()),
                        Optional.empty()),
                new ShellView.Actions(
                        () -> {}, () -> {}, () -> {}, () -> {}, new SimpleBooleanProperty(false), () -> {}));
        stage.setScene(new Scene(shell.build(), 800, 600));
        stage.show();
    }

    @Test
    void aHiddenScreenPausesItsRefreshesAndCatchesUpOnceWhenShownAgain(FxRobot robot) {
        assertThat(events).containsExactly("first opened", "first shown");
        robot.interact(() -> vm.selectedProperty().set(second));
        assertThat(events)
                .containsExactly("first opened", "first shown", "first hidden", "second opened", "second shown");

        robot.interact(() -> {
            live.fire(Set.of("people"));
            live.fire(Set.of("people"));
        });
        assertThat(first.refreshes).isZero(); // hidden: nothing loaded for a screen nobody sees
        assertThat(second.refreshes).isEqualTo(2);

        robot.interact(() -> vm.selectedProperty().set(first));
        assertThat(first.refreshes).isEqualTo(1); // once, for everything it missed

        robot.interact(() -> shell.dispose());
        assertThat(events).contains("first disposed", "second disposed");
        assertThat(live.size()).isZero();
    }

    @Test
    void aLowDiskShowsItsSentenceUnderTheBannerAndGoesAwayWhenThereIsRoomAgain(FxRobot robot) {
        java.util.concurrent.atomic.AtomicReference<String> measured =
                new java.util.concurrent.atomic.AtomicReference<>(
                        "Only 600 MB are free on the disk of the local database.");
        javafx.scene.control.Label warning = robot.lookup("#diskWarning").queryAs(javafx.scene.control.Label.class);
        assertThat(warning.isVisible()).isFalse();
        robot.interact(() -> {
            vm.diskSource(() -> Optional.ofNullable(measured.get()));
            vm.checkDisk();
        });
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).isEqualTo("Only 600 MB are free on the disk of the local database.");
        // The whole sentence shows: it wraps rather than end in "...".
        assertThat(warning.getHeight()).isGreaterThanOrEqualTo(warning.prefHeight(warning.getWidth()) - 0.5);
        measured.set(null);
        robot.interact(() -> vm.checkDisk());
        assertThat(warning.isVisible()).isFalse();
    }
}
