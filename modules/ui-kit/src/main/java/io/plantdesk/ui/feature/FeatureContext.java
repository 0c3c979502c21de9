package io.plantdesk.ui.feature;

import io.plantdesk.platform.ids.Ids;
import io.plantdesk.platform.outbox.FloorSync;
import io.plantdesk.platform.people.Person;
import io.plantdesk.platform.rollup.RollupScheduler;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.theme.UiMode;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.jdbi.v3.core.Jdbi;

/**
 * What the shell hands a feature when it opens: its Jdbi (the person's own login, under RLS), who
 * is logged in, the task runner for blocking work, ids and clock, the Desk/Floor mode, live
 * refresh, the session's rollup scheduler, where to report an unexpected error and the feature's
 * own section of the settings file. Not the
 * session's pool, not the installation: a screen that works across environments says so
 * ({@link Feature#worksAcrossEnvironments()}) and only then finds {@link #crossEnvironment()} set.
 * {@link #floorSync()} is the person's offline outbox: floor actions are recorded through it
 * (an {@code ActionType}'s payload appended there), never sent straight to the server.
 */
public record FeatureContext(
        Jdbi jdbi,
        Person person,
        TaskRunner tasks,
        Ids ids,
        Clock clock,
        ReadOnlyObjectProperty<UiMode> mode,
        LiveRefresh live,
        RollupScheduler rollups,
        Consumer<Throwable> errors,
        SectionSettings settings,
        Optional<CrossEnvironment> crossEnvironment,
        Optional<FloorSync> floorSync) {

    /** Without an outbox (tests and screens that record no floor actions). */
    public FeatureContext(
            Jdbi jdbi,
            Person person,
            TaskRunner tasks,
            Ids ids,
            Clock clock,
            ReadOnlyObjectProperty<UiMode> mode,
            LiveRefresh live,
            RollupScheduler rollups,
            Consumer<Throwable> errors,
            SectionSettings settings,
            Optional<CrossEnvironment> crossEnvironment) {
        this(
                jdbi,
                person,
                tasks,
                ids,
                clock,
                mode,
                live,
                rollups,
                errors,
                settings,
                crossEnvironment,
                Optional.empty());
    }
}
