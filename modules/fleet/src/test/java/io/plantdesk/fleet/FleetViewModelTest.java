package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.fleet.ui.FleetViewModel;
import io.plantdesk.fleet.ui.TimelineRow;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import io.plantdesk.ui.widgets.StateView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The timeline's months across pages: each month headed once, its heading the sum of its events. */
@ExtendWith(PostgresExtension.class)
class FleetViewModelTest {

    @Test
    void monthsSpanningPagesAreHeadedOnceWithTheirWholeCost(TestDatabase db) {
        UUID plant = db.createTenant("Paging plant");
        TestUser planner = db.createUser(plant, AppRole.PLANNER);
        Vehicle van = FleetFixture.plant(db, planner, "PGE 1").van();
        // 450 events, one every 16 hours, each costing its number: pages of 200 end mid-month.
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "insert into fleet.vehicle_event (tenant_id, id, vehicle_id, kind, occurred_at, cost) "
                                + "select ?, gen_random_uuid(), ?, 'note', now() - make_interval(hours => 16 * i), i from generate_series(1, 450) i",
                        plant,
                        van.id()));
        FleetViewModel vm = new FleetViewModel(
                new FleetService(db.jdbiAs(planner), Clock.systemUTC()),
                new EventService(db.jdbiAs(planner), Clock.systemUTC()),
                TaskRunner.sameThread());
        assertThat(vm.timelineLoad().get())
                .as("nothing to load before a vehicle is chosen")
                .isEqualTo(StateView.State.EMPTY);
        vm.refresh();
        vm.vehicleProperty().set(vm.vehicles().getFirst());
        for (int i = 0; i < 5; i++) {
            vm.loadMore();
        }
        List<TimelineRow> rows = vm.timeline();
        ZoneId zone = ZoneId.of("UTC");
        List<YearMonth> headings = new ArrayList<>();
        Map<YearMonth, BigDecimal> headed = new HashMap<>();
        Map<YearMonth, BigDecimal> summed = new HashMap<>();
        YearMonth current = null;
        int events = 0;
        for (TimelineRow r : rows) {
            if (r instanceof TimelineRow.Month m) {
                headings.add(m.month());
                headed.put(m.month(), m.cost());
                current = m.month();
            } else if (r instanceof TimelineRow.Event e) {
                events++;
                YearMonth month = YearMonth.from(e.event().occurredAt().atZoneSameInstant(zone));
                assertThat(month).as("an event sits under its own month").isEqualTo(current);
                summed.merge(month, e.event().cost(), BigDecimal::add);
            }
        }
        assertThat(events).isEqualTo(450);
        assertThat(headings).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(headed.keySet()).isEqualTo(summed.keySet());
        headed.forEach((m, cost) -> assertThat(cost).as(m.toString()).isEqualByComparingTo(summed.get(m)));
    }
}
