package io.plantdesk.sewing.ui;

import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.sewing.FloorSetupService;
import io.plantdesk.sewing.ScanService;
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

/** The bundle scan station (operators, supervisors, admins). */
public final class ScanStationFeature implements Feature {

    private final Messages m = Messages.of(FloorStatusFeature.BUNDLE, ScanStationFeature.class);

    @Override
    public String id() {
        return "sewing-scan";
    }

    @Override
    public String title() {
        return m.get("scan.title");
    }

    @Override
    public Ikon icon() {
        return Material2MZ.QR_CODE_SCANNER;
    }

    @Override
    public int order() {
        return 310;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of(AppRole.ADMIN, AppRole.SUPERVISOR, AppRole.OPERATOR);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(Objects.requireNonNull(ScanStationFeature.class.getResource("sewing.css"))
                .toExternalForm());
    }

    @Override
    public FeatureView open(FeatureContext context) {
        var meters = MaintenanceApis.find().map(a -> a.meterFeed(context.jdbi(), context.clock()));
        ScanStationViewModel vm = new ScanStationViewModel(
                new ScanService(context.jdbi(), context.clock(), meters),
                new FloorSetupService(context.jdbi(), context.clock()),
                context.tasks(),
                context.person().id(),
                context.floorSync());
        Node view = new ScanStationView(vm, m).build();
        // New operators or operations appear without a restart.
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
