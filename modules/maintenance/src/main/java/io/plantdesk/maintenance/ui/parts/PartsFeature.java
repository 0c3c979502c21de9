package io.plantdesk.maintenance.ui.parts;

import io.plantdesk.maintenance.PartsService;
import io.plantdesk.maintenance.stock.StockLookups;
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
import org.kordamp.ikonli.material2.Material2MZ;

/** Spare parts: stock per location from the ledger, low stock, reorder suggestions, receive and adjust. */
public final class PartsFeature implements Feature {

    static final String BUNDLE = "io.plantdesk.maintenance.ui.parts.messages";
    private final Messages m = Messages.of(BUNDLE, PartsFeature.class);

    @Override
    public String id() {
        return "maintenance-parts";
    }

    @Override
    public String title() {
        return m.get("parts.title");
    }

    @Override
    public Ikon icon() {
        return Material2MZ.SETTINGS_INPUT_COMPONENT;
    }

    @Override
    public int order() {
        return 240;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of(AppRole.ADMIN, AppRole.PLANNER, AppRole.SUPERVISOR, AppRole.TECHNICIAN);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(Objects.requireNonNull(PartsFeature.class.getResource("parts.css"))
                .toExternalForm());
    }

    @Override
    public FeatureView open(FeatureContext context) {
        PartsService parts = new PartsService(context.jdbi(), context.clock());
        PartsViewModel vm = new PartsViewModel(parts, new StockLookups(context.jdbi()), context.tasks());
        // Only planners and admins hold insert and update on parts, vendors and locations (V026).
        boolean canWrite =
                Set.of(AppRole.ADMIN, AppRole.PLANNER).contains(context.person().appRole());
        CatalogueModel catalogue = canWrite ? new CatalogueModel(parts, context.tasks(), vm::refresh) : null;
        Node view = new PartsView(vm, m, catalogue).build();
        // Stock movements bump the maintenance domain; F5 fires every subscriber.
        LiveRefresh.Subscription live = context.live().subscribe(Set.of("maintenance"), vm::refresh);
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
