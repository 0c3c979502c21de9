package io.plantdesk.sewing.ui;

import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.platform.people.AppRole;
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
        return List.of(Objects.requireNonNull(FloorStatusFeature.class.getResource("sewing.css")).toExternalForm());
    }

    @Override
    public FeatureView open(FeatureContext context) {
        var breakdowns = MaintenanceApis.find().map(a -> a.workRequests(context.jdbi(), context.clock()));
        FloorStatusViewModel vm = new FloorStatusViewModel(new FloorFigures(context.jdbi(), context.clock()),
                new FloorSetupService(context.jdbi(), context.clock()),
                new DowntimeService(context.jdbi(), context.clock(), breakdowns), context.tasks(), context.clock());
        Node view = new FloorStatusView(vm, m).build();
        LiveRefresh.Subscription live = context.live().subscribe(Set.of("sewing"), vm::refresh);
        // The stops' minutes and the target so far move with the clock, not only with data.
        Timeline tick = new Timeline(new KeyFrame(Duration.seconds(30), e -> vm.refresh()));
        tick.setCycleCount(Animation.INDEFINITE);
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
            }

            @Override
            public void hidden() {
                live.pause();
                tick.stop();
            }

            @Override
            public void dispose() {
                live.cancel();
                tick.stop();
            }
        };
    }
}
