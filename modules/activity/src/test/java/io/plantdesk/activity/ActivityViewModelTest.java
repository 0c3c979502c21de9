package io.plantdesk.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.activity.ui.ActivityViewModel;
import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.config.SettingsStore;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.ui.widgets.StateView;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's view model with a same-thread runner (no FX toolkit) on a real plant: it loads
 * the range picked last time and remembers a new one in the activity section of the settings file.
 */
@ExtendWith(PostgresExtension.class)
class ActivityViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theRangePickedLastTimeIsPickedAgain(TestDatabase db) {
        UUID plant = db.createTenant("View model plant");
        TestUser admin = db.createUser(plant, AppRole.ADMIN);
        SettingsStore store =
                new SettingsStore(new AppPaths(dir.resolve("config"), dir.resolve("data"), dir.resolve("logs")));
        store.saveSectionValue("activity", ActivitySettings.DAYS, "7");
        ActivityService service = new ActivityService(db.jdbiAs(admin), Clock.systemUTC());

        ActivityViewModel vm = new ActivityViewModel(
                service, TaskRunner.sameThread(), null, SectionSettings.load(new ActivitySettings(), store));
        assertThat(vm.daysProperty().get()).isEqualTo(7);
        vm.refresh();
        assertThat(vm.load().get()).isEqualTo(StateView.State.CONTENT); // creating the plant is audited
        assertThat(vm.summaryProperty().get().perDay()).hasSizeLessThanOrEqualTo(7);

        vm.daysProperty().set(90);
        assertThat(store.section("activity")).containsEntry(ActivitySettings.DAYS, "90");
        assertThat(new ActivityViewModel(
                                service,
                                TaskRunner.sameThread(),
                                null,
                                SectionSettings.load(new ActivitySettings(), store))
                        .daysProperty()
                        .get())
                .isEqualTo(90);
    }
}
