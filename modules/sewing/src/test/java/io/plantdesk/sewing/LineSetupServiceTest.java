package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.maintenance.api.MachineRef;
import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The floor's set-up against the real schema, as a supervisor's own login under RLS: lines with
 * their machines and operators with their numbers are created and edited; a duplicate code or
 * employee number, a stale save, an asset that is not a machine and deleting a line are refused
 * by the database; another plant's supervisor neither sees nor changes any of it.
 */
@ExtendWith(PostgresExtension.class)
class LineSetupServiceTest {

    private static LineSetupService as(TestDatabase db, TestUser user) {
        Jdbi jdbi = db.jdbiAs(user);
        return new LineSetupService(
                jdbi, Clock.systemUTC(), MaintenanceApis.find().map(a -> a.machineRegister(jdbi)));
    }

    @Test
    void linesAreCreatedEditedGivenMachinesAndDeactivatedNeverDeleted(TestDatabase db) {
        Floor floor = Floor.build(db, "LSA");
        LineSetupService setup = as(db, floor.supervisor());

        assertThat(setup.machines()).extracting(MachineRef::id).containsExactly(floor.machine(), floor.machine2());
        SetupLine made = setup.saveLine(null, 0, new LineDraft(" L2 ", "Line 2", 45, true, List.of(floor.machine2())));
        assertThat(made.code()).isEqualTo("L2");
        assertThat(made.machines()).isEqualTo(1);
        assertThat(setup.machinesOf(made.id())).containsExactly(floor.machine2());

        // Moving a machine: L1 takes machine 2 from L2.
        SetupLine l1 = setup.lines().stream()
                .filter(l -> l.code().equals("L1"))
                .findFirst()
                .orElseThrow();
        setup.saveLine(l1.id(), l1.version(), new LineDraft("L1", "Line 1", 60, true, List.of(floor.machine2())));
        assertThat(setup.machinesOf(made.id())).isEmpty();
        assertThat(setup.machineLines()).containsEntry(floor.machine2(), "L1");

        SetupLine edited =
                setup.saveLine(made.id(), made.version(), new LineDraft("L2", "Line two", 50, true, List.of()));
        assertThat(edited.name()).isEqualTo("Line two");
        assertThat(edited.hourlyTarget()).isEqualTo(50);
        assertThat(edited.version()).isGreaterThan(made.version());

        // A save from the version read before someone else's save is refused, not overwritten.
        assertThatThrownBy(() ->
                        setup.saveLine(made.id(), made.version(), new LineDraft("L2", "Stale", 1, true, List.of())))
                .hasMessageContaining("Someone else saved this line");
        assertThat(setup.lines()).extracting(SetupLine::name).contains("Line two");

        assertThatThrownBy(() -> setup.saveLine(null, 0, new LineDraft("l1", "Again", 10, true, List.of())))
                .hasMessage("Another line already has that code.");
        assertThatThrownBy(() -> setup.saveLine(null, 0, new LineDraft("L3", "Three", 100_001, true, List.of())))
                .hasMessage("The hourly target is between 0 and 100,000 pieces.");
        UUID site = db.adminJdbi()
                .withHandle(h -> h.createQuery("select id from maint.asset where tenant_id = :t and kind = 'site'")
                        .bind("t", floor.plant())
                        .mapTo(UUID.class)
                        .one());
        assertThatThrownBy(() -> setup.saveLine(null, 0, new LineDraft("L4", "Four", 10, true, List.of(site))))
                .hasMessageStartingWith("Only a machine of the asset register can sew on a line");

        // Out of use: the floor's screens no longer offer it; the set-up list keeps it, last.
        SetupLine off =
                setup.saveLine(edited.id(), edited.version(), new LineDraft("L2", "Line two", 50, false, List.of()));
        assertThat(off.active()).isFalse();
        assertThat(new FloorSetupService(db.jdbiAs(floor.supervisor()), Clock.systemUTC()).lines())
                .extracting(Line::code)
                .containsExactly("L1");
        assertThat(setup.lines()).extracting(SetupLine::code).containsExactly("L1", "L2");
        // No role may delete a line: its runs, scans and figures point at it.
        assertThatThrownBy(() -> db.jdbiAs(floor.supervisor())
                        .useHandle(h -> h.execute("delete from sewing.line where id = ?", l1.id())))
                .hasMessageContaining("permission denied");
    }

    @Test
    void operatorsHaveOneEmployeeNumberEachAndAnotherPlantSeesNothing(TestDatabase db) {
        Floor floor = Floor.build(db, "LSB");
        LineSetupService setup = as(db, floor.supervisor());

        // Put on the line before numbers were kept: listed, not recorded yet.
        assertThat(setup.operators())
                .extracting(SetupOperator::personId)
                .contains(floor.ana().personId());
        assertThat(setup.operators()).allMatch(o -> !o.recorded());
        SetupOperator ana = setup.saveOperator(
                0,
                new OperatorEntry(
                        floor.ana().personId(), " E-100 ", 3, floor.line().id(), true));
        assertThat(ana.employeeNo()).isEqualTo("E-100");
        assertThat(ana.skillLevel()).isEqualTo(3);
        assertThat(ana.lineCode()).isEqualTo("L1");

        assertThatThrownBy(() -> setup.saveOperator(
                        0,
                        new OperatorEntry(
                                floor.ben().personId(), "e-100", 2, floor.line().id(), true)))
                .hasMessage("Another operator of the plant already has that employee number.");
        assertThatThrownBy(() -> setup.saveOperator(
                        0,
                        new OperatorEntry(
                                floor.ben().personId(), "E-101", 6, floor.line().id(), true)))
                .hasMessage("A skill level is between 1 and 5.");

        // Ben, not sewing now, stays on his line but the floor (scan station, QC) no longer offers him.
        setup.saveOperator(
                0,
                new OperatorEntry(
                        floor.ben().personId(), "E-200", 2, floor.line().id(), false));
        assertThat(new FloorSetupService(db.jdbiAs(floor.supervisor()), Clock.systemUTC()).allMembers())
                .extracting(LineMember::personId)
                .containsExactly(floor.ana().personId());

        // Edited: off the line and not sewing now; a stale save is refused.
        SetupOperator moved =
                setup.saveOperator(ana.version(), new OperatorEntry(ana.personId(), "E-100", 4, null, false));
        assertThat(moved.lineId()).isNull();
        assertThat(moved.active()).isFalse();
        assertThatThrownBy(() ->
                        setup.saveOperator(ana.version(), new OperatorEntry(ana.personId(), "E-100", 5, null, true)))
                .hasMessageContaining("Someone else saved this operator");
        // Off every line, ana is offered again to nobody: she is an operator already.
        assertThat(setup.people()).extracting(PlantPerson::id).doesNotContain(ana.personId());
        assertThat(setup.people())
                .extracting(PlantPerson::id)
                .contains(floor.admin().personId());

        // Another plant's supervisor: sees none of it and cannot change it.
        Floor other = Floor.build(db, "LSC");
        LineSetupService theirs = as(db, other.supervisor());
        assertThat(theirs.lines())
                .extracting(SetupLine::id)
                .doesNotContain(floor.line().id());
        assertThat(theirs.operators()).extracting(SetupOperator::personId).doesNotContain(ana.personId());
        assertThat(theirs.machines()).extracting(MachineRef::id).doesNotContain(floor.machine());
        SetupLine ours = setup.lines().getFirst();
        assertThatThrownBy(() -> theirs.saveLine(
                        ours.id(), ours.version(), new LineDraft("L1", "Taken over", 1, true, List.of())))
                .hasMessageContaining("Someone else saved this line");
        assertThatThrownBy(() ->
                        theirs.saveOperator(moved.version(), new OperatorEntry(ana.personId(), "X-1", 1, null, true)))
                .hasMessageContaining("Someone else saved this operator");
        assertThatThrownBy(() -> theirs.saveLine(
                        null, 0, new LineDraft("X1", "With their machine", 1, true, List.of(floor.machine()))))
                .isInstanceOf(RuntimeException.class);
        assertThat(setup.lines().getFirst().name()).isEqualTo("Line 1");
        assertThat(setup.operators().stream()
                        .filter(o -> o.personId().equals(ana.personId()))
                        .findFirst()
                        .orElseThrow()
                        .employeeNo())
                .isEqualTo("E-100");
    }
}
