package io.plantdesk.maintenance.ui.board;

import io.plantdesk.maintenance.AssetService;
import io.plantdesk.maintenance.ChecklistService;
import io.plantdesk.maintenance.PartsService;
import io.plantdesk.maintenance.WorkOrderNotes;
import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.maintenance.ui.MaintenanceFeature;
import io.plantdesk.maintenance.ui.WorkOrderTexts;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.PeopleService;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/** The status board: the maintenance team's work by status, moved by drag or keyboard. */
public final class StatusBoardFeature implements Feature {

    private final WorkOrderTexts t = new WorkOrderTexts();

    @Override
    public String id() {
        return "maintenance-board";
    }

    @Override
    public String title() {
        return t.get("board.title");
    }

    @Override
    public Ikon icon() {
        return Material2AL.DASHBOARD;
    }

    @Override
    public int order() {
        return 210;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return MaintenanceFeature.ROLES;
    }

    @Override
    public List<String> stylesheets() {
        return new MaintenanceFeature().stylesheets();
    }

    @Override
    public FeatureView open(FeatureContext context) {
        BoardViewModel vm = new BoardViewModel(
                new WorkOrderService(context.jdbi(), context.clock()),
                new AssetService(context.jdbi(), context.clock()),
                new PeopleService(context.jdbi(), context.ids()),
                context.tasks(),
                t,
                MaintenanceFeature.sender(context),
                new ChecklistService(context.jdbi(), context.clock()),
                new PartsService(context.jdbi(), context.clock()),
                new WorkOrderNotes(context.jdbi(), context.clock()),
                context.person().id());
        Node view = new BoardView(
                        vm,
                        t,
                        MaintenanceFeature.editors(context),
                        context.person().id())
                .build();
        vm.load();
        return MaintenanceFeature.live(view, context, vm::load);
    }
}
