package io.plantdesk.maintenance.ui.kpi;

import io.plantdesk.maintenance.KpiService;
import io.plantdesk.maintenance.plan.PlannerService;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.i18n.Messages;
import java.util.Set;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/** The maintenance KPIs as SMRP defines them, from the rollups, with weekly trends. */
public final class KpiFeature implements Feature {

    static final String BUNDLE = "io.plantdesk.maintenance.ui.kpi.messages";
    private final Messages m = Messages.of(BUNDLE, KpiFeature.class);

    @Override
    public String id() {
        return "maintenance-kpi";
    }

    @Override
    public String title() {
        return m.get("kpi.title");
    }

    @Override
    public Ikon icon() {
        return Material2AL.ASSESSMENT;
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        // As the database grants its figures (maint.kpi_days and the plant's day totals read the rollup
        // engine's invalidations, which only planners and admins may): a supervisor's sidebar offered a
        // screen whose every figure the server refused.
        return Set.of(AppRole.ADMIN, AppRole.PLANNER);
    }

    @Override
    public FeatureView open(FeatureContext context) {
        KpiViewModel vm = new KpiViewModel(
                new KpiService(context.jdbi()),
                new PlannerService(context.jdbi(), context.clock()),
                context.tasks(),
                context.clock());
        Node view = new KpiView(vm, m).build();
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
