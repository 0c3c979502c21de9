package io.plantdesk.sewing.ui.earnings;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.sewing.OperatorDays;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.i18n.Messages;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/** Operators' days: efficiency and piece-rate pay per operator and day (supervisors, planners, admins). */
public final class OperatorDaysFeature implements Feature {

    static final String BUNDLE = "io.plantdesk.sewing.ui.earnings.messages";
    private final Messages m = Messages.of(BUNDLE, OperatorDaysFeature.class);

    @Override
    public String id() {
        return "sewing-operator-days";
    }

    @Override
    public String title() {
        return m.get("days.title");
    }

    @Override
    public Ikon icon() {
        return Material2AL.ATTACH_MONEY;
    }

    @Override
    public int order() {
        return 330;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of(AppRole.ADMIN, AppRole.PLANNER, AppRole.SUPERVISOR);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(
                Objects.requireNonNull(OperatorDaysFeature.class.getResource("/io/plantdesk/sewing/ui/sewing.css"))
                        .toExternalForm());
    }

    @Override
    public FeatureView open(FeatureContext context) {
        OperatorDaysViewModel vm = new OperatorDaysViewModel(
                new OperatorDays(context.jdbi(), context.clock()), context.tasks(), context.clock());
        Node view = new OperatorDaysView(vm, m).build();
        LiveRefresh.Subscription live = context.live().subscribe(Set.of("sewing"), vm::refresh);
        vm.refresh();
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
