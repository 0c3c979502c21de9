package io.plantdesk.sewing.ui.teams;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.sewing.FloorFigures;
import io.plantdesk.sewing.TeamDayImport;
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
 * Team days and their import (supervisors and admins import; the database lets planners too, but
 * the team production file is a supervisor's daily paper).
 */
public final class TeamDaysFeature implements Feature {

    static final String BUNDLE = "io.plantdesk.sewing.ui.teams.messages";
    private final Messages m = Messages.of(BUNDLE, TeamDaysFeature.class);
    private final TeamDaysView.FilePicker picker;

    /** The screen as the app opens it: "Import a file..." asks with the system's file dialog. */
    public TeamDaysFeature() {
        this(null);
    }

    /** With another way to pick the file (a test has no file dialog); null for the system's dialog. */
    public TeamDaysFeature(TeamDaysView.FilePicker picker) {
        this.picker = picker;
    }

    @Override
    public String id() {
        return "sewing-team-days";
    }

    @Override
    public String title() {
        return m.get("teams.title");
    }

    @Override
    public Ikon icon() {
        return Material2AL.GROUPS;
    }

    @Override
    public int order() {
        return 335;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of(AppRole.ADMIN, AppRole.SUPERVISOR);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(Objects.requireNonNull(TeamDaysFeature.class.getResource("/io/plantdesk/sewing/ui/sewing.css"))
                .toExternalForm());
    }

    @Override
    public FeatureView open(FeatureContext context) {
        TeamDaysViewModel vm = new TeamDaysViewModel(
                new TeamDayImport(context.jdbi(), context.clock()),
                new FloorFigures(context.jdbi(), context.clock()),
                context.tasks(),
                context.clock(),
                m::get);
        Node view = new TeamDaysView(vm, m, picker).build();
        LiveRefresh.Subscription live = context.live().subscribe(Set.of("sewing"), vm::refresh);
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
