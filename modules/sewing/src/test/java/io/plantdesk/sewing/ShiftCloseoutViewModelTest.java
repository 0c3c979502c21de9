package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.sewing.ui.closeout.ShiftCloseoutViewModel;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The close-out view model: it opens on the last ended shift, steps between shifts, closes with the late scans shown and reopens with a reason. */
@ExtendWith(PostgresExtension.class)
class ShiftCloseoutViewModelTest {

    @Test
    void opensOnTheLastEndedShiftClosesItAndReopensItWithAReason(TestDatabase db) {
        Floor floor = Floor.build(db, "CVM");
        new ScanService(db.jdbiAs(floor.ana()), Clock.systemUTC(), Optional.empty())
                .scan(QualityServiceTest.scan(floor.bundles().get(0), floor.join(), floor.ana(), "2026-03-03T07:10"));
        // Wednesday 4 March 2026, 09:00: the last ended shift is Tuesday's Morning.
        Clock wednesday = Clock.fixed(Instant.parse("2026-03-04T09:00:00Z"), ZoneOffset.UTC);
        ShiftCloseoutViewModel vm = new ShiftCloseoutViewModel(
                new FloorFigures(db.jdbiAs(floor.supervisor()), wednesday),
                new QualityService(db.jdbiAs(floor.supervisor()), wednesday),
                new ShiftCloseService(db.jdbiAs(floor.supervisor())),
                TaskRunner.sameThread(),
                wednesday);
        vm.refresh();
        assertThat(vm.shiftProperty().get().startsAt().toInstant()).isEqualTo(Instant.parse("2026-03-03T06:00:00Z"));
        assertThat(vm.endedProperty().get()).isTrue();
        assertThat(vm.late()).hasSize(1);
        assertThat(vm.rows())
                .singleElement()
                .satisfies(r -> assertThat(r.figures().earnedMinutes()).isEqualByComparingTo("10"));
        assertThat(vm.stateProperty().get()).isNull();

        vm.close();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.stateProperty().get().closed()).isTrue();
        vm.reopen();
        assertThat(vm.messageProperty().get()).isEqualTo("Say why the shift is reopened (3 to 500 characters).");
        vm.reasonProperty().set("Ticket 1 was scanned for the wrong operation");
        vm.reopen();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.stateProperty().get().closed()).isFalse();
        assertThat(vm.reasonProperty().get()).isEmpty();

        vm.previous();
        assertThat(vm.shiftProperty().get().startsAt().toInstant()).isEqualTo(Instant.parse("2026-03-02T06:00:00Z"));
        vm.next();
        vm.next();
        assertThat(vm.shiftProperty().get().startsAt().toInstant()).isEqualTo(Instant.parse("2026-03-04T06:00:00Z"));
        assertThat(vm.endedProperty().get()).isFalse();
    }
}
