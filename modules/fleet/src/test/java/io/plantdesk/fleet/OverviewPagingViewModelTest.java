package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.fleet.ui.FleetViewModel;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The overview's list as the screen keeps it: a page of vehicles first with the whole fleet's
 * totals, the next page when the list asks for it (at its end nothing more), and a refresh that
 * reloads as many as were shown, so the chosen vehicle on a later page stays chosen.
 */
@ExtendWith(PostgresExtension.class)
class OverviewPagingViewModelTest {

    @Test
    void theListGrowsAPageAtATimeAndARefreshKeepsWhatWasShown(TestDatabase db) {
        TestUser planner = db.createUser(db.createTenant("Big fleet"), AppRole.PLANNER);
        FleetService fleet = new FleetService(db.jdbiAs(planner), Clock.systemUTC());
        Garage g = fleet.createGarage("Depot", "Gate 1");
        int count = FleetService.OVERVIEW_PAGE + FleetService.OVERVIEW_PAGE / 2;
        List<String> plates = IntStream.rangeClosed(1, count)
                .mapToObj(i -> String.format("V %03d", i))
                .toList();
        plates.reversed().forEach(p -> fleet.createVehicle(VehicleDraft.of(p, "Iveco", "Daily", "diesel", g.id())));
        FleetViewModel vm = new FleetViewModel(
                fleet, new EventService(db.jdbiAs(planner), Clock.systemUTC()), TaskRunner.sameThread());

        vm.refresh();
        assertThat(vm.vehicles())
                .extracting(VehicleOverview::plate)
                .containsExactlyElementsOf(plates.subList(0, FleetService.OVERVIEW_PAGE));
        assertThat(vm.totalsProperty().getValue().vehicles()).isEqualTo(count);

        vm.loadMoreVehicles();
        assertThat(vm.vehicles()).extracting(VehicleOverview::plate).containsExactlyElementsOf(plates);
        vm.loadMoreVehicles();
        assertThat(vm.vehicles()).as("the list's end asks for nothing more").hasSize(count);

        VehicleOverview late = vm.vehicles().get(count - 3);
        vm.vehicleProperty().set(late);
        vm.refresh();
        assertThat(vm.vehicles()).hasSize(count);
        assertThat(vm.vehicleProperty().get().id()).isEqualTo(late.id());
    }
}
