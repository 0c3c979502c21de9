package io.plantdesk.ui.feature;

import io.plantdesk.platform.ids.Ids;
import io.plantdesk.platform.rollup.RollupScheduler;
import io.plantdesk.platform.session.Session;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.theme.UiMode;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What the shell hands a feature when it opens: the session (the person's own pool), the task
 * runner for blocking work, ids and clock, the Desk/Floor mode, live refresh, the rollup scheduler
 * of this session, where to report an unexpected error, and the installation (profiles, embedded
 * server, settings) for the screens that work beyond this session's database.
 */
public record FeatureContext(Session session, TaskRunner tasks, Ids ids, Clock clock, ReadOnlyObjectProperty<UiMode> mode,
                             LiveRefresh live, RollupScheduler rollups, Consumer<Throwable> errors, Installation installation) {
}
