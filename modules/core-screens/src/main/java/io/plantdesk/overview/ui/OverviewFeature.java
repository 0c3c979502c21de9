package io.plantdesk.overview.ui;

import io.plantdesk.activity.api.ActivityApis;
import io.plantdesk.overview.OverviewService;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.i18n.Messages;
import java.util.Optional;
import java.util.Set;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/** The first screen after login, for everyone: the plant, its people by role, recent activity. */
public final class OverviewFeature implements Feature {

    private final Messages m = Messages.of("io.plantdesk.overview.ui.messages", OverviewFeature.class);

    @Override
    public String id() {
        return "overview";
    }

    @Override
    public String title() {
        return m.get("overview.title");
    }

    @Override
    public Ikon icon() {
        return Material2AL.DASHBOARD;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of();
    }

    @Override
    public FeatureView open(FeatureContext context) {
        AppRole role = context.person().appRole();
        // Changes come from the activity module's rollups, for the roles that may read the audit log.
        OverviewService service = new OverviewService(
                context.jdbi(),
                role == AppRole.ADMIN
                        ? ActivityApis.find().map(a -> a.changeCounts(context.jdbi(), context.clock()))
                        : Optional.empty());
        return FeatureView.of(new OverviewView(
                        m, context.tasks(), service::load, context.person().displayName(), role)
                .build());
    }
}
