package io.plantdesk.testkit.fx;

import io.plantdesk.platform.people.Person;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.theme.UiMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What a feature module's own UI test needs to open its screen without the app: a
 * {@link FeatureContext} for one test login on a test database (its own Jdbi under RLS).
 */
public final class FeatureFixture {

    private FeatureFixture() {}

    /**
     * @param tasks    the FX task runner in a TestFX test ({@code new FxTaskRunner(4)})
     * @param live     the live refresh a test can fire
     * @param settings the feature's settings section ({@code SectionSettings.none(id)} when it has none)
     * @param errors   where unexpected errors go (a test usually records them and asserts none)
     */
    public static FeatureContext context(
            TestDatabase db,
            TestUser user,
            TaskRunner tasks,
            LiveRefresh live,
            SectionSettings settings,
            Consumer<Throwable> errors) {
        Person person = new Person(
                user.tenantId(),
                user.personId(),
                user.login(),
                null,
                user.role(),
                user.login(),
                true,
                OffsetDateTime.now(),
                user.login(),
                1);
        return new FeatureContext(
                db.jdbiAs(user),
                person,
                tasks,
                db.ids(),
                Clock.systemDefaultZone(),
                new ReadOnlyObjectWrapper<>(UiMode.DESK).getReadOnlyProperty(),
                live,
                null,
                errors,
                settings,
                Optional.empty());
    }
}
