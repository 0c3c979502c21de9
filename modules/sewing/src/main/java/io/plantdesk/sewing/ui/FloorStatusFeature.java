package io.plantdesk.sewing.ui;

import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.rollup.DataVersionWatcher;
import io.plantdesk.sewing.DemoFeeder;
import io.plantdesk.sewing.DowntimeService;
import io.plantdesk.sewing.FloorFigures;
import io.plantdesk.sewing.FloorSetupService;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.i18n.Messages;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/** The sewing floor's status of the shift (supervisors, planners, admins), with downtime start and stop. */
public final class FloorStatusFeature implements Feature {

    static final String BUNDLE = "io.plantdesk.sewing.ui.messages";
    private final Messages m = Messages.of(BUNDLE, FloorStatusFeature.class);

    @Override
    public String id() {
        return "sewing-floor";
    }

    @Override
    public String title() {
        return m.get("floor.title");
    }

    @Override
    public Ikon icon() {
        return Material2AL.CONTENT_CUT;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of(AppRole.ADMIN, AppRole.PLANNER, AppRole.SUPERVISOR);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(Objects.requireNonNull(FloorStatusFeature.class.getResource("sewing.css"))
                .toExternalForm());
    }

    @Override
    public FeatureView open(FeatureContext context) {
        var breakdowns = MaintenanceApis.find().map(a -> a.workRequests(context.jdbi(), context.clock()));
        FloorStatusViewModel vm = new FloorStatusViewModel(
                new FloorFigures(context.jdbi(), context.clock()),
                new FloorSetupService(context.jdbi(), context.clock()),
                new DowntimeService(context.jdbi(), context.clock(), breakdowns),
                new DemoFeeder(context.jdbi(), context.clock()),
                context.tasks(),
                context.clock());
        Node view = new FloorStatusView(vm, m).build();
        LiveRefresh.Subscription live = context.live().subscribe(Set.of("sewing"), vm::refresh);
        // The stops' minutes and the target so far move with the clock, not only with data.
        Timeline tick = new Timeline(new KeyFrame(Duration.seconds(30), e -> vm.refresh()));
        tick.setCycleCount(Animation.INDEFINITE);
        // The shell polls the data versions every 10 s in Desk mode; the floor is promised within 5 s
        // of a change in either mode, so while it shows it reads them itself every 2 s (one indexed read).
        DataVersionWatcher versions = new DataVersionWatcher(context.jdbi());
        Timeline watch = new Timeline(new KeyFrame(
                Duration.seconds(2),
                e -> context.tasks()
                        .latest(
                                "sewing.floor.versions",
                                versions::poll,
                                changed -> {
                                    if (changed.contains("sewing")) {
                                        vm.refresh();
                                    }
                                },
                                x -> {
                                    /* a failed poll is the shell's to report: its own probe shows the outage */
                                })));
        watch.setCycleCount(Animation.INDEFINITE);
        // The running stops' timers move every second, without asking the database.
        Timeline seconds = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        seconds.setCycleCount(Animation.INDEFINITE);
        seconds.play();
        // The demo plant's shift moves on while the app is open (switched off on the screen).
        Timeline feeder = new Timeline(new KeyFrame(Duration.seconds(20), e -> vm.feed()));
        feeder.setCycleCount(Animation.INDEFINITE);
        feeder.play();
        vm.refresh();
        return new FeatureView() {
            @Override
            public Node node() {
                return view;
            }

            @Override
            public void shown() {
                live.resume();
                tick.play();
                watch.play();
            }

            @Override
            public void hidden() {
                live.pause();
                tick.stop();
                watch.stop();
            }

            @Override
            public void dispose() {
                live.cancel();
                tick.stop();
                watch.stop();
                seconds.stop();
                feeder.stop();
            }
        };
    }
}
