package io.plantdesk.sewing.ui.tickets;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.sewing.FloorSetupService;
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
import org.kordamp.ikonli.material2.Material2MZ;

/** Bundle tickets: print or save a run's tickets with their QR codes (supervisors, planners, admins). */
public final class BundleTicketsFeature implements Feature {

    static final String BUNDLE = "io.plantdesk.sewing.ui.tickets.messages";
    private final Messages m = Messages.of(BUNDLE, BundleTicketsFeature.class);

    @Override
    public String id() {
        return "sewing-tickets";
    }

    @Override
    public String title() {
        return m.get("tickets.title");
    }

    @Override
    public Ikon icon() {
        return Material2MZ.PRINT;
    }

    @Override
    public int order() {
        return 315;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of(AppRole.ADMIN, AppRole.PLANNER, AppRole.SUPERVISOR);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(
                Objects.requireNonNull(BundleTicketsFeature.class.getResource("/io/plantdesk/sewing/ui/sewing.css"))
                        .toExternalForm());
    }

    @Override
    public FeatureView open(FeatureContext context) {
        BundleTicketsViewModel vm =
                new BundleTicketsViewModel(new FloorSetupService(context.jdbi(), context.clock()), context.tasks());
        Node view = new BundleTicketsView(vm, m).build();
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
