package io.plantdesk.ui.feature;

import io.plantdesk.platform.ids.Ids;
import io.plantdesk.platform.session.Session;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.theme.UiMode;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What the shell hands a feature when it opens: the session (the person's own pool), the task
 * runner for blocking work, ids, the Desk/Floor mode, and where to report an unexpected error.
 */
public record FeatureContext(Session session, TaskRunner tasks, Ids ids, ReadOnlyObjectProperty<UiMode> mode,
                             Consumer<Throwable> errors) {
}
