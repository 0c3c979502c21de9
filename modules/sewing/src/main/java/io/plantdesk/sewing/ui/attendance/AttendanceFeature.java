package io.plantdesk.sewing.ui.attendance;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.sewing.AttendanceService;
import io.plantdesk.sewing.FloorFigures;
import io.plantdesk.sewing.FloorSetupService;
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
 * The attendance sheet (admins, planners and supervisors: the database lets only them record
 * attendance). Not refreshed live: a sheet being typed is never replaced under the supervisor's
 * fingers; moving to another shift or line reads it again.
 */
public final class AttendanceFeature implements Feature {

    static final String BUNDLE = "io.plantdesk.sewing.ui.attendance.messages";
    private final Messages m = Messages.of(BUNDLE, AttendanceFeature.class);

    @Override
    public String id() {
        return "sewing-attendance";
    }

    @Override
    public String title() {
        return m.get("att.title");
    }

    @Override
    public Ikon icon() {
        return Material2AL.FACT_CHECK;
    }

    @Override
    public int order() {
        return 318;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of(AppRole.ADMIN, AppRole.PLANNER, AppRole.SUPERVISOR);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(Objects.requireNonNull(AttendanceFeature.class.getResource("/io/plantdesk/sewing/ui/sewing.css"))
                .toExternalForm());
    }

    @Override
    public FeatureView open(FeatureContext context) {
        AttendanceViewModel vm = new AttendanceViewModel(
                new AttendanceService(context.jdbi(), context.clock()),
                new FloorSetupService(context.jdbi(), context.clock()),
                new FloorFigures(context.jdbi(), context.clock()),
                context.tasks(),
                m::get);
        Node view = new AttendanceView(vm, m).build();
        vm.refresh();
        return FeatureView.of(view);
    }
}
