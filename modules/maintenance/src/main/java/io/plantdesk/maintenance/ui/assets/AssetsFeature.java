package io.plantdesk.maintenance.ui.assets;

import io.plantdesk.maintenance.AssetService;
import io.plantdesk.maintenance.PmService;
import io.plantdesk.maintenance.TemplateService;
import io.plantdesk.maintenance.assets.AssetBrowser;
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

/** The plant's assets as a tree, each with its details, meters and readings, and work-order history. */
public final class AssetsFeature implements Feature {

    static final String BUNDLE = "io.plantdesk.maintenance.ui.assets.messages";
    private final Messages m = Messages.of(BUNDLE, AssetsFeature.class);

    @Override
    public String id() {
        return "maintenance-assets";
    }

    @Override
    public String title() {
        return m.get("assets.title");
    }

    @Override
    public Ikon icon() {
        return Material2AL.ACCOUNT_TREE;
    }

    @Override
    public int order() {
        return 230;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of(AppRole.ADMIN, AppRole.PLANNER, AppRole.SUPERVISOR, AppRole.TECHNICIAN);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(Objects.requireNonNull(AssetsFeature.class.getResource("assets.css"))
                .toExternalForm());
    }

    @Override
    public FeatureView open(FeatureContext context) {
        AssetsViewModel vm = new AssetsViewModel(
                new AssetBrowser(context.jdbi()), new AssetService(context.jdbi(), context.clock()), context.tasks());
        AssetService assets = new AssetService(context.jdbi(), context.clock());
        boolean canEdit =
                Set.of(AppRole.ADMIN, AppRole.PLANNER).contains(context.person().appRole());
        AssetPmModel pm = new AssetPmModel(
                new PmService(context.jdbi(), context.clock()),
                new TemplateService(context.jdbi(), context.clock()),
                context.tasks(),
                vm.selectedProperty());
        AssetActions actions =
                new AssetActions(vm, new AssetEditModel(assets, context.tasks()), pm, m, context.clock(), canEdit);
        Node view = new AssetsView(vm, m, actions).build();
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
