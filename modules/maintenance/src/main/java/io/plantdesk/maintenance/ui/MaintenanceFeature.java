package io.plantdesk.maintenance.ui;

import io.plantdesk.maintenance.AssetService;
import io.plantdesk.maintenance.ChecklistService;
import io.plantdesk.maintenance.PartsService;
import io.plantdesk.maintenance.SavedFilterService;
import io.plantdesk.maintenance.TechnicianSender;
import io.plantdesk.maintenance.TemplateService;
import io.plantdesk.maintenance.WorkOrderNotes;
import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.maintenance.ui.backlog.BacklogView;
import io.plantdesk.maintenance.ui.backlog.BacklogViewModel;
import io.plantdesk.maintenance.ui.editor.EditorModel;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.PeopleService;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The maintenance backlog: every work order of the plant, for the people who plan and do the
 * work (admins, planners, supervisors, technicians); the database's grants decide what each may
 * change, and the screen shows its refusals as sentences.
 */
public final class MaintenanceFeature implements Feature {

    /** Live-refresh domain of the work-order and stock tables (core.track_data_version). */
    public static final String DOMAIN = "maintenance";

    public static final Set<AppRole> ROLES =
            Set.of(AppRole.ADMIN, AppRole.PLANNER, AppRole.SUPERVISOR, AppRole.TECHNICIAN);

    /**
     * The work-order screens' stylesheet; dialogs add it to their own pane, since the shell adds a
     * feature's stylesheets to the main window only.
     */
    public static final String STYLESHEET = Objects.requireNonNull(
                    MaintenanceFeature.class.getResource("workorders.css"))
            .toExternalForm();

    private final WorkOrderTexts t = new WorkOrderTexts();

    @Override
    public String id() {
        return "maintenance-backlog";
    }

    @Override
    public String title() {
        return t.get("backlog.title");
    }

    @Override
    public Ikon icon() {
        return Material2MZ.PLAYLIST_ADD_CHECK;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return ROLES;
    }

    @Override
    public List<String> stylesheets() {
        return List.of(STYLESHEET);
    }

    @Override
    public FeatureView open(FeatureContext context) {
        BacklogViewModel vm = new BacklogViewModel(
                new WorkOrderService(context.jdbi(), context.clock()),
                new AssetService(context.jdbi(), context.clock()),
                new PeopleService(context.jdbi(), context.ids()),
                context.tasks(),
                t,
                new SavedFilterService(context.jdbi(), context.clock()));
        Node view = new BacklogView(vm, t, editors(context), context.person().id()).build();
        vm.loadReference();
        vm.loadSaved();
        vm.load();
        return live(view, context, vm::load);
    }

    /** The editor's model for each work order opened, on the person's own login. */
    public static Supplier<EditorModel> editors(FeatureContext context) {
        return () -> new EditorModel(
                new WorkOrderService(context.jdbi(), context.clock()),
                new ChecklistService(context.jdbi(), context.clock()),
                new PartsService(context.jdbi(), context.clock()),
                new WorkOrderNotes(context.jdbi(), context.clock()),
                new TemplateService(context.jdbi(), context.clock()),
                sender(context),
                context.tasks());
    }

    /** The technician's actions on the person's login, through their outbox when the session has one. */
    public static TechnicianSender sender(FeatureContext context) {
        return new TechnicianSender(context.jdbi(), context.clock(), context.floorSync());
    }

    /** A view that reloads on changes to maintenance data while shown, and catches up when shown again. */
    public static FeatureView live(Node view, FeatureContext context, Runnable reload) {
        LiveRefresh.Subscription live = context.live().subscribe(Set.of(DOMAIN), reload);
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
