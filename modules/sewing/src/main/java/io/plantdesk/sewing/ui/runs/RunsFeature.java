package io.plantdesk.sewing.ui.runs;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.sewing.CuttingService;
import io.plantdesk.sewing.FloorSetupService;
import io.plantdesk.sewing.RunService;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.i18n.Messages;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Sewing runs (admins, planners and supervisors: the database lets only them plan runs). Not
 * refreshed live: a form being typed is never replaced under the planner's fingers; a save, the
 * filter or the page buttons read the list again.
 */
public final class RunsFeature implements Feature {

    static final String BUNDLE = "io.plantdesk.sewing.ui.runs.messages";
    private final Messages m = Messages.of(BUNDLE, RunsFeature.class);

    @Override
    public String id() {
        return "sewing-runs";
    }

    @Override
    public String title() {
        return m.get("runs.title");
    }

    @Override
    public Ikon icon() {
        return Material2AL.ASSIGNMENT;
    }

    @Override
    public int order() {
        return 314;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of(AppRole.ADMIN, AppRole.PLANNER, AppRole.SUPERVISOR);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(Objects.requireNonNull(RunsFeature.class.getResource("/io/plantdesk/sewing/ui/sewing.css"))
                .toExternalForm());
    }

    @Override
    public FeatureView open(FeatureContext context) {
        RunsViewModel vm = new RunsViewModel(
                new RunService(context.jdbi(), context.clock()),
                new FloorSetupService(context.jdbi(), context.clock()),
                context.tasks(),
                context.clock(),
                m::get);
        CuttingViewModel cutting = new CuttingViewModel(
                new CuttingService(context.jdbi(), context.clock()), context.tasks(), context.clock(), m::get);
        // The cutting follows the run in the form: a new run (not saved) has none yet.
        vm.editingProperty().addListener((o, was, now) -> cutting.show(now));
        Node view = new RunsView(vm, cutting, m).build();
        vm.refresh();
        return FeatureView.of(view);
    }
}
