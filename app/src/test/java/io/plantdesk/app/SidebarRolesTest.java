package io.plantdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.app.shell.ShellViewModel;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.Person;
import io.plantdesk.platform.session.Session;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.LiveRefresh;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.theme.UiMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each role's sidebar holds exactly the screens that role may open (no toolkit, no database). */
class SidebarRolesTest {

    @ParameterizedTest
    @CsvSource({
        "ADMIN, overview maintenance-backlog maintenance-board maintenance-planner maintenance-assets maintenance-parts maintenance-kpi"
                + " sewing-floor sewing-scan sewing-qc sewing-runs sewing-tickets sewing-attendance sewing-setup sewing-closeout sewing-bulletin"
                + " sewing-operator-days sewing-team-days fleet fleet-reminders activity people shifts operations migrations",
        "PLANNER, overview maintenance-backlog maintenance-board maintenance-planner maintenance-assets maintenance-parts maintenance-kpi"
                + " sewing-floor sewing-runs sewing-tickets sewing-attendance sewing-setup sewing-bulletin sewing-operator-days fleet fleet-reminders"
                + " operations",
        "SUPERVISOR, overview maintenance-backlog maintenance-board maintenance-planner maintenance-assets maintenance-parts"
                + " sewing-floor sewing-scan sewing-qc sewing-runs sewing-tickets sewing-attendance sewing-setup sewing-closeout sewing-bulletin"
                + " sewing-operator-days sewing-team-days fleet fleet-reminders",
        "TECHNICIAN, overview maintenance-backlog maintenance-board maintenance-assets maintenance-parts sewing-setup fleet fleet-reminders",
        "OPERATOR, overview sewing-scan sewing-qc"
    })
    void theSidebarFollowsTheRole(AppRole role, String expected) {
        List<Feature> all = new ArrayList<>();
        ServiceLoader.load(Feature.class).forEach(all::add);
        all.sort(java.util.Comparator.comparingInt(Feature::order));
        Person p = new Person(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Test",
                null,
                role,
                "t_" + role.dbValue(),
                true,
                OffsetDateTime.now(),
                "t",
                1);
        Session s = new Session(ConnectionProfile.demo(1), p, "Plant", null, "7");
        ShellViewModel vm = new ShellViewModel(
                s,
                all,
                TaskRunner.sameThread(),
                Clock.systemUTC(),
                Messages.of("io.plantdesk.app.messages", SidebarRolesTest.class),
                UiMode.DESK,
                false,
                null,
                new LiveRefresh(),
                null);
        assertThat(vm.features()).extracting(Feature::id).containsExactly(expected.split(" "));
    }
}
