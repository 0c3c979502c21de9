package io.plantdesk.operations.ui;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.rollup.RollupService;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.i18n.Messages;
import java.util.Set;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The rollup jobs of the plant: state, lag, last error, and running one now. */
public final class OperationsFeature implements Feature {

    private final Messages m = Messages.of("io.plantdesk.operations.ui.messages", OperationsFeature.class);

    @Override
    public String id() {
        return "operations";
    }

    @Override
    public String title() {
        return m.get("operations.title");
    }

    @Override
    public Ikon icon() {
        return Material2MZ.SPEED; // the rollups' health; Shifts has the clock
    }

    @Override
    public int order() {
        return 950;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of(AppRole.ADMIN, AppRole.PLANNER);
    }

    @Override
    public FeatureView open(FeatureContext context) {
        OperationsViewModel vm = new OperationsViewModel(
                new RollupService(context.jdbi()), context.rollups(), context.tasks(), context.clock(), m);
        Node view = new OperationsView(vm, m).build();
        LiveRefresh.Subscription live = context.live().subscribe(Set.of(LiveRefresh.ANY), vm::load);
        vm.load();
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
                vm.cancel(); // a "run now" stops between chunks; its callbacks find the view gone
            }
        };
    }
}
