package io.plantdesk.activity.ui;

import io.plantdesk.activity.ActivityService;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.PeopleService;
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

/** Who changed what, when: the audit trail rolled up per day, area and person (admins). */
public final class ActivityFeature implements Feature {

    private final Messages m = Messages.of("io.plantdesk.activity.ui.messages", ActivityFeature.class);

    @Override
    public String id() {
        return "activity";
    }

    @Override
    public String title() {
        return m.get("activity.title");
    }

    @Override
    public Ikon icon() {
        return Material2AL.INSIGHTS;
    }

    @Override
    public int order() {
        return 800;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of(AppRole.ADMIN);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(Objects.requireNonNull(ActivityFeature.class.getResource("activity.css"))
                .toExternalForm());
    }

    @Override
    public FeatureView open(FeatureContext context) {
        ActivityService service = new ActivityService(context.jdbi(), context.clock());
        ActivityViewModel vm = new ActivityViewModel(
                service, context.tasks(), new PeopleService(context.jdbi(), context.ids()), context.settings());
        Node view = new ActivityView(vm, m).build();
        // Every audited change shows up here, whatever its domain; not while another screen is shown.
        LiveRefresh.Subscription live = context.live().subscribe(Set.of(LiveRefresh.ANY), vm::refresh);
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
