package io.plantdesk.sewing.ui.setup;

import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.sewing.LineSetupService;
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

/**
 * Lines and operators. Technicians see the lists (the schema lets every role read them); admins, planners and supervisors, whom the schema lets write sewing.line, line_machine,
 * line_member and operator, get the forms. Lists follow the sewing data version; a form being
 * typed is never replaced.
 */
public final class SetupFeature implements Feature {

    static final String BUNDLE = "io.plantdesk.sewing.ui.setup.messages";
    static final Set<AppRole> WRITERS = Set.of(AppRole.ADMIN, AppRole.PLANNER, AppRole.SUPERVISOR);
    private final Messages m = Messages.of(BUNDLE, SetupFeature.class);

    @Override
    public String id() {
        return "sewing-setup";
    }

    @Override
    public String title() {
        return m.get("setup.title");
    }

    @Override
    public Ikon icon() {
        return Material2AL.GROUPS;
    }

    @Override
    public int order() {
        return 319;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        // Technicians read which machines sew on which line; operators' screens are the scan
        // station and the QC checkpoint, so their sidebar stays those.
        return Set.of(AppRole.ADMIN, AppRole.PLANNER, AppRole.SUPERVISOR, AppRole.TECHNICIAN);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(Objects.requireNonNull(SetupFeature.class.getResource("/io/plantdesk/sewing/ui/sewing.css"))
                .toExternalForm());
    }

    @Override
    public FeatureView open(FeatureContext context) {
        boolean canEdit = WRITERS.contains(context.person().appRole());
        LineSetupService service = new LineSetupService(
                context.jdbi(), context.clock(), MaintenanceApis.find().map(a -> a.machineRegister(context.jdbi())));
        LinesViewModel lines = new LinesViewModel(service, context.tasks(), m::get, canEdit);
        OperatorsViewModel operators = new OperatorsViewModel(service, context.tasks(), m::get, canEdit);
        Node view = new SetupView(lines, operators, m).build();
        lines.refresh();
        operators.refresh();
        LiveRefresh.Subscription live = context.live().subscribe(Set.of("sewing", "people"), () -> {
            lines.refresh();
            operators.refresh();
        });
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
