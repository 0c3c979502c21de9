package io.plantdesk.shifts.ui;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.shifts.ShiftService;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.i18n.Messages;
import java.util.Set;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/** The plant's shift calendar, which the 'shift' rollup bucket and every shift figure follow. Admins only. */
public final class ShiftsFeature implements Feature {

    private final Messages m = Messages.of("io.plantdesk.shifts.ui.messages", ShiftsFeature.class);

    @Override
    public String id() {
        return "shifts";
    }

    @Override
    public String title() {
        return m.get("shifts.title");
    }

    @Override
    public Ikon icon() {
        return Material2AL.ACCESS_TIME;
    }

    @Override
    public int order() {
        return 920;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of(AppRole.ADMIN);
    }

    @Override
    public FeatureView open(FeatureContext context) {
        ShiftsViewModel vm = new ShiftsViewModel(new ShiftService(context.jdbi(), context.ids()), context.tasks());
        Node view = new ShiftsView(vm, m).build();
        vm.load();
        return FeatureView.of(view);
    }
}
