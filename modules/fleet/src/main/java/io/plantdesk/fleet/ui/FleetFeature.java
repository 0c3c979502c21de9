package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.EventService;
import io.plantdesk.fleet.FiguresService;
import io.plantdesk.fleet.FleetService;
import io.plantdesk.fleet.LubeLoggerExport;
import io.plantdesk.fleet.LubeLoggerImport;
import io.plantdesk.fleet.PhotoService;
import io.plantdesk.fleet.RegisterService;
import io.plantdesk.fleet.api.FleetApis;
import io.plantdesk.platform.people.AppRole;
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

/** Vehicle timelines: the fleet overview and each vehicle's events (everyone; drivers record). */
public final class FleetFeature implements Feature {

    private final Messages m = Messages.of("io.plantdesk.fleet.ui.messages", FleetFeature.class);

    @Override
    public String id() {
        return "fleet";
    }

    @Override
    public String title() {
        return m.get("fleet.title");
    }

    @Override
    public Ikon icon() {
        return Material2AL.LOCAL_SHIPPING;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of(AppRole.ADMIN, AppRole.PLANNER, AppRole.SUPERVISOR, AppRole.TECHNICIAN);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(Objects.requireNonNull(FleetFeature.class.getResource("fleet.css"))
                .toExternalForm());
    }

    @Override
    public FeatureView open(FeatureContext context) {
        FleetViewModel vm = new FleetViewModel(
                new FleetService(context.jdbi(), context.clock()),
                new EventService(context.jdbi(), context.clock()),
                new EventPhotos(new PhotoService(context.jdbi(), context.clock()), context.tasks()),
                context.tasks());
        context.floorSync()
                .ifPresent(sync ->
                        vm.useOutbox(sync, FleetApis.find().orElseThrow().actions(context.jdbi(), context.clock())));
        ChartsViewModel charts = new ChartsViewModel(
                new FleetService(context.jdbi(), context.clock()),
                new FiguresService(context.jdbi()),
                context.tasks(),
                context.settings());
        ImportViewModel files = new ImportViewModel(
                new FleetService(context.jdbi(), context.clock()),
                new LubeLoggerImport(context.jdbi(), context.clock()),
                new LubeLoggerExport(context.jdbi()),
                context.tasks(),
                m);
        // Planners and admins keep the register (the database grants them alone its inserts and edits).
        RegisterViewModel register =
                Set.of(AppRole.ADMIN, AppRole.PLANNER).contains(context.person().appRole())
                        ? new RegisterViewModel(
                                new RegisterService(context.jdbi(), context.clock()), context.tasks(), vm::refresh)
                        : null;
        Node view = FleetTabs.build(
                m,
                new FleetView(vm, register, m).build(),
                new ChartsView(charts, m).build(),
                new ImportView(files, m).build());
        // The charts follow the vehicle chosen on the timeline; the import offers it first.
        vm.vehicleProperty().addListener((o, a, b) -> {
            if (b != null) {
                charts.showVehicle(b.id());
            }
        });
        LiveRefresh.Subscription live = context.live().subscribe(Set.of("fleet"), () -> {
            vm.refresh();
            charts.refresh();
            files.refresh();
        });
        vm.refresh();
        charts.refresh();
        files.refresh();
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
