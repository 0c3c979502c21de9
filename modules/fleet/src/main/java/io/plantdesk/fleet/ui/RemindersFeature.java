package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.FleetService;
import io.plantdesk.fleet.ReminderService;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.i18n.Messages;
import java.io.File;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/** The vehicles' reminders, beside the fleet screen in the sidebar; a garage's calendar file. */
public final class RemindersFeature implements Feature {

    private final Messages m = Messages.of("io.plantdesk.fleet.ui.messages", RemindersFeature.class);

    @Override
    public String id() {
        return "fleet-reminders";
    }

    @Override
    public String title() {
        return m.get("reminders.title");
    }

    @Override
    public Ikon icon() {
        return Material2AL.ALARM;
    }

    @Override
    public int order() {
        return 410;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of(AppRole.ADMIN, AppRole.PLANNER, AppRole.SUPERVISOR, AppRole.TECHNICIAN);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(Objects.requireNonNull(RemindersFeature.class.getResource("fleet.css"))
                .toExternalForm());
    }

    @Override
    public FeatureView open(FeatureContext context) {
        return open(context, (owner, name) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("reminders.export.choose"));
            chooser.setInitialFileName(name);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("reminders.export.type"), "*.ics"));
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        });
    }

    /** The screen with its calendar file chosen by {@code target} (tests pass a fixed file). */
    public FeatureView open(FeatureContext context, RemindersView.ExportTarget target) {
        RemindersViewModel vm = new RemindersViewModel(
                new FleetService(context.jdbi(), context.clock()),
                new ReminderService(context.jdbi(), context.clock()),
                context.tasks(),
                m);
        Node view = new RemindersView(vm, m, target).build();
        LiveRefresh.Subscription live = context.live().subscribe(Set.of("fleet"), vm::refresh);
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
