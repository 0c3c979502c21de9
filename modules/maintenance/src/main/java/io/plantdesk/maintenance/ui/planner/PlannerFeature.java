package io.plantdesk.maintenance.ui.planner;

import io.plantdesk.maintenance.plan.PlannerService;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.i18n.Messages;
import java.io.File;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/** The planner calendar: who works on what this week, with capacity, drag to plan, .ics export. */
public final class PlannerFeature implements Feature {

    static final String BUNDLE = "io.plantdesk.maintenance.ui.planner.messages";
    private final Messages m = Messages.of(BUNDLE, PlannerFeature.class);

    @Override
    public String id() {
        return "maintenance-planner";
    }

    @Override
    public String title() {
        return m.get("planner.title");
    }

    @Override
    public Ikon icon() {
        return Material2AL.CALENDAR_TODAY;
    }

    @Override
    public int order() {
        return 220;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of(AppRole.ADMIN, AppRole.PLANNER, AppRole.SUPERVISOR);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(Objects.requireNonNull(PlannerFeature.class.getResource("planner.css"))
                .toExternalForm());
    }

    @Override
    public FeatureView open(FeatureContext context) {
        return open(context, owner -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(m.get("planner.export.choose"));
            File dir = chooser.showDialog(owner);
            return Optional.ofNullable(dir).map(File::toPath);
        });
    }

    /** The screen with its export folder chosen by {@code target} (tests pass a fixed folder). */
    public FeatureView open(FeatureContext context, PlannerView.ExportTarget target) {
        PlannerViewModel vm = new PlannerViewModel(
                new PlannerService(context.jdbi(), context.clock()), context.tasks(), context.clock(), m);
        Node view = new PlannerView(vm, m, target).build();
        // Work orders, assignees and capacities are the maintenance domain; F5 fires every subscriber.
        LiveRefresh.Subscription live = context.live().subscribe(Set.of("maintenance", "people"), vm::refresh);
        vm.start();
        return new FeatureView() {
            @Override
            public Node node() {
                return view;
            }

            @Override
            public void shown() {
                live.resume();
            }

            @Override
            public void hidden() {
                live.pause();
            }

            @Override
            public void dispose() {
                live.cancel();
            }
        };
    }
}
