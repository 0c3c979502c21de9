package io.plantdesk.app.activity;

import io.plantdesk.app.activity.ui.ActivityView;
import io.plantdesk.app.activity.ui.ActivityViewModel;
import io.plantdesk.platform.activity.ActivityService;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.rollup.RollupJobSpec;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.i18n.Messages;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/** Who changed what, when: the audit trail rolled up per day, area and person (admins). */
public final class ActivityFeature implements Feature {

    /** Registered in core.rollup_job by V007__core_activity_rollup.sql. */
    public static final RollupJobSpec JOB = new RollupJobSpec("activity", RollupJobSpec.Bucket.DAY,
            List.of("core.audit_log"), "core.rollup_activity_recompute", "activity", Duration.ofSeconds(60));

    /**
     * Registered by V008__core_activity_hourly.sql: today's closed hours, so that a refresh counts
     * only the current hour from raw rows.
     */
    public static final RollupJobSpec HOURLY_JOB = new RollupJobSpec("activity_hourly", RollupJobSpec.Bucket.HOUR,
            List.of("core.audit_log"), "core.rollup_activity_hourly_recompute", "activity", Duration.ofSeconds(60));

    private final Messages m = Messages.of("io.plantdesk.app.messages", ActivityFeature.class);

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
    public List<RollupJobSpec> rollupJobs() {
        return List.of(JOB, HOURLY_JOB);
    }

    @Override
    public Node createView(FeatureContext context) {
        ActivityService service = new ActivityService(context.session().database().jdbi(), context.clock());
        ActivityViewModel vm = new ActivityViewModel(service, context.tasks(),
                new io.plantdesk.platform.people.PeopleService(context.session().database().jdbi(), context.ids()));
        // Every audited change shows up here, whatever its domain.
        context.live().subscribe(Set.of(LiveRefresh.ANY), vm::refresh);
        Node view = new ActivityView(vm, m).build();
        vm.refresh();
        return view;
    }
}
