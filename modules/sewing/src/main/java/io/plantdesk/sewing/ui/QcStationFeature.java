package io.plantdesk.sewing.ui;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.sewing.FloorSetupService;
import io.plantdesk.sewing.QualityService;
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

/** The QC checkpoint (operators, who inspect on the floor, supervisors and admins: the roles the database lets record checks). */
public final class QcStationFeature implements Feature {

    private final Messages m = Messages.of(FloorStatusFeature.BUNDLE, QcStationFeature.class);

    @Override
    public String id() {
        return "sewing-qc";
    }

    @Override
    public String title() {
        return m.get("qc.title");
    }

    @Override
    public Ikon icon() {
        return Material2MZ.RULE;
    }

    @Override
    public int order() {
        return 312;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of(AppRole.ADMIN, AppRole.SUPERVISOR, AppRole.OPERATOR);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(Objects.requireNonNull(QcStationFeature.class.getResource("sewing.css"))
                .toExternalForm());
    }

    @Override
    public FeatureView open(FeatureContext context) {
        QcStationViewModel vm = new QcStationViewModel(
                new QualityService(context.jdbi(), context.clock()),
                new FloorSetupService(context.jdbi(), context.clock()),
                context.tasks(),
                context.person().id(),
                context.floorSync(),
                m);
        Node view = new QcStationView(vm, m).build();
        // New operators, operations or defect codes appear without a restart.
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
