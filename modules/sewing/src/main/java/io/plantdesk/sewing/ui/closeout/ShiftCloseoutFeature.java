package io.plantdesk.sewing.ui.closeout;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.sewing.FloorFigures;
import io.plantdesk.sewing.QualityService;
import io.plantdesk.sewing.ShiftCloseService;
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

/** Shift close-out (supervisors and admins: the database lets only them close and reopen). */
public final class ShiftCloseoutFeature implements Feature {

    static final String BUNDLE = "io.plantdesk.sewing.ui.closeout.messages";
    private final Messages m = Messages.of(BUNDLE, ShiftCloseoutFeature.class);

    @Override
    public String id() {
        return "sewing-closeout";
    }

    @Override
    public String title() {
        return m.get("close.title");
    }

    @Override
    public Ikon icon() {
        return Material2AL.ASSIGNMENT_TURNED_IN;
    }

    @Override
    public int order() {
        return 320;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of(AppRole.ADMIN, AppRole.SUPERVISOR);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(
                Objects.requireNonNull(ShiftCloseoutFeature.class.getResource("/io/plantdesk/sewing/ui/sewing.css"))
                        .toExternalForm());
    }

    @Override
    public FeatureView open(FeatureContext context) {
        ShiftCloseoutViewModel vm = new ShiftCloseoutViewModel(
                new FloorFigures(context.jdbi(), context.clock()),
                new QualityService(context.jdbi(), context.clock()),
                new ShiftCloseService(context.jdbi()),
                context.tasks(),
                context.clock());
        Node view = new ShiftCloseoutView(vm, m).build();
        // A late scan arriving while the screen is open shows up before anyone closes.
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
