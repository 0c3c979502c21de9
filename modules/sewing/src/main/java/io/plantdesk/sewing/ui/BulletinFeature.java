package io.plantdesk.sewing.ui;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.sewing.BulletinService;
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

/** The operation bulletin editor with line balancing (planners, supervisors, admins). */
public final class BulletinFeature implements Feature {

    private final Messages m = Messages.of(FloorStatusFeature.BUNDLE, BulletinFeature.class);

    @Override
    public String id() {
        return "sewing-bulletin";
    }

    @Override
    public String title() {
        return m.get("bulletin.title");
    }

    @Override
    public Ikon icon() {
        return Material2AL.FORMAT_LIST_NUMBERED;
    }

    @Override
    public int order() {
        return 320;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of(AppRole.ADMIN, AppRole.PLANNER, AppRole.SUPERVISOR);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(Objects.requireNonNull(BulletinFeature.class.getResource("sewing.css"))
                .toExternalForm());
    }

    @Override
    public FeatureView open(FeatureContext context) {
        BulletinService service = new BulletinService(context.jdbi(), context.clock());
        BulletinViewModel vm = new BulletinViewModel(service, context.tasks());
        // Planners and admins make versions; a supervisor edits the bulletin in use.
        boolean versions =
                context.person().appRole() == AppRole.ADMIN || context.person().appRole() == AppRole.PLANNER;
        Node view =
                new BulletinView(vm, new BulletinVersion(service, context.tasks(), vm, m::get, versions), m).build();
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
