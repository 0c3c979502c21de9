package io.plantdesk.maintenance.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.maintenance.WorkOrder;
import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The planner's week, capacity and moves on PostgreSQL, as the plant's own planner under RLS. */
@ExtendWith(PostgresExtension.class)
class PlannerServiceTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static TestDatabase db;
    static PlanFixture f;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        f = PlanFixture.create(db, "Planner plant");
    }

    @Test
    void capacityComesFromHoursPerDayOnWorkdaysOrFromTheShiftLessItsBreaksAndIsNullWhenUnset() {
        UUID shift = UUID.randomUUID();
        // Morning shift 06:00-14:00 Monday to Saturday with a 30-minute break: 7.5 hours on those days.
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "insert into core.shift_pattern (tenant_id, id, name, starts, ends, breaks, days, valid_from) "
                                + "values (?, ?, 'Morning', '06:00', '14:00', '[{\"start\": \"10:00\", \"minutes\": 30}]', '{1,2,3,4,5,6}', '2026-01-01')",
                        f.plant(),
                        shift));
        PlannerService p = f.planner(db);
        p.setCapacity(f.rafiq().personId(), Capacity.ofHours(new BigDecimal("8"), List.of(1, 2, 3, 4, 5)));
        p.setCapacity(f.sohel().personId(), Capacity.ofShift(shift));
        assertThat(p.shifts()).extracting(ShiftChoice::name).containsExactly("Morning");

        WeekPlan week = p.week(MONDAY.plusDays(3), f.zone());
        assertThat(week.monday()).isEqualTo(MONDAY);
        PlanTechnician rafiq = tech(week, f.rafiq().personId());
        PlanTechnician sohel = tech(week, f.sohel().personId());
        assertThat(rafiq.hoursPerDay()).extracting(this::plain).containsExactly("8", "8", "8", "8", "8", "0", "0");
        assertThat(sohel.hoursPerDay())
                .extracting(this::plain)
                .containsExactly("7.5", "7.5", "7.5", "7.5", "7.5", "7.5", "0");
        assertThat(sohel.capacity().orElseThrow().shiftName()).isEqualTo("Morning");

        p.clearCapacity(f.sohel().personId());
        PlanTechnician unset = tech(p.week(MONDAY, f.zone()), f.sohel().personId());
        assertThat(unset.capacity()).isEmpty();
        assertThat(unset.hoursPerDay()).containsOnlyNulls();
        // The planner is no technician and has no work: not a row.
        assertThat(p.week(MONDAY, f.zone()).technicians())
                .extracting(PlanTechnician::personId)
                .doesNotContain(f.planner().personId());
    }

    @Test
    void aDayAddsUpEstimatesOrSlotLengthsInThePlantsZoneAndSaysHowFarOverCapacity() {
        PlannerService p = f.planner(db);
        p.setCapacity(f.rafiq().personId(), Capacity.ofHours(new BigDecimal("8"), List.of(1, 2, 3, 4, 5)));
        LocalDate tue = MONDAY.plusDays(1);
        // Worked by hand: 5 h estimate + a 09:00-13:00 slot without estimate (4 h) = 9 h against 8: 1 h over.
        f.scheduled(db, "Replace belt", tue, LocalTime.of(8, 0), 2, new BigDecimal("5"), f.rafiq());
        f.scheduled(db, "Oil heads", tue, LocalTime.of(9, 0), 4, null, f.rafiq());
        // 00:30 Wednesday in Dhaka is Tuesday 18:30 UTC: it belongs to Wednesday.
        f.scheduled(db, "Night check", tue.plusDays(1), LocalTime.of(0, 30), 1, null, f.rafiq());
        f.scheduled(db, "Nobody's yet", tue, LocalTime.of(10, 0), 1, null);

        WeekPlan week = p.week(MONDAY, f.zone());
        PlanTechnician rafiq = tech(week, f.rafiq().personId());
        assertThat(plain(week.booked(rafiq.personId(), 1))).isEqualTo("9");
        assertThat(plain(week.over(rafiq, 1))).isEqualTo("1");
        assertThat(plain(week.booked(rafiq.personId(), 2))).isEqualTo("1");
        assertThat(plain(week.over(rafiq, 2))).isEqualTo("0");
        assertThat(week.cards(null, 1)).extracting(PlanCard::title).containsExactly("Nobody's yet");
        assertThat(week.hasUnassigned()).isTrue();
        // Another plant sees none of it.
        var stranger = db.createUser(db.createTenant("Other plant"), AppRole.PLANNER);
        assertThat(new PlannerService(db.jdbiAs(stranger), Clock.systemUTC())
                        .week(MONDAY, f.zone())
                        .cards())
                .isEmpty();
    }

    @Test
    void aMoveKeepsTheTimeOfDayAndLengthReassignsAndAStaleCardIsRefusedWithTheirVersion() {
        PlannerService p = f.planner(db);
        WorkOrder w = f.scheduled(db, "Align hook", MONDAY.plusDays(3), LocalTime.of(14, 0), 2, null, f.rafiq());
        PlanCard card = p.week(MONDAY, f.zone()).card(w.id()).orElseThrow();

        MoveResult r = p.move(card, f.rafiq().personId(), f.sohel().personId(), MONDAY.plusDays(4), f.zone());
        WorkOrder moved = ((MoveResult.Moved) r).workOrder();
        assertThat(moved.scheduledStart().atZoneSameInstant(f.zone()).toLocalDateTime())
                .isEqualTo(MONDAY.plusDays(4).atTime(14, 0));
        assertThat(moved.scheduledEnd().atZoneSameInstant(f.zone()).toLocalDateTime())
                .isEqualTo(MONDAY.plusDays(4).atTime(16, 0));
        assertThat(moved.version()).isGreaterThan(card.version());
        WorkOrderService wo = new WorkOrderService(db.jdbiAs(f.planner()), Clock.systemUTC());
        assertThat(wo.assignees(w.id()))
                .extracting(a -> a.personId())
                .containsExactly(f.sohel().personId());

        // The old card (its version from before the move) is refused: nothing written.
        MoveResult stale = p.move(card, f.sohel().personId(), f.rafiq().personId(), MONDAY, f.zone());
        assertThat(stale).isInstanceOf(MoveResult.Conflict.class);
        assertThat(((MoveResult.Conflict) stale).theirs().version()).isEqualTo(moved.version());
        WorkOrder after = wo.find(w.id()).orElseThrow();
        assertThat(after.scheduledStart()).isEqualTo(moved.scheduledStart());
        assertThat(wo.assignees(w.id()))
                .extracting(a -> a.personId())
                .containsExactly(f.sohel().personId());
    }

    @Test
    void finishedWorkAndImpossibleCapacitiesAreRefusedWithASentence() {
        PlannerService p = f.planner(db);
        WorkOrder w = f.scheduled(db, "Done already", MONDAY, LocalTime.of(8, 0), 1, null, f.rafiq());
        WorkOrderService wo = new WorkOrderService(db.jdbiAs(f.planner()), Clock.systemUTC());
        wo.changeStatus(w.id(), WorkOrderStatus.IN_PROGRESS);
        wo.changeStatus(w.id(), WorkOrderStatus.COMPLETED);
        PlanCard card = p.week(MONDAY, f.zone()).card(w.id()).orElseThrow();
        assertThatThrownBy(() -> p.move(card, null, null, MONDAY.plusDays(1), f.zone()))
                .isInstanceOf(PlantdeskException.class)
                .hasMessageContaining("is finished");
        assertThatThrownBy(
                        () -> p.setCapacity(f.rafiq().personId(), Capacity.ofHours(new BigDecimal("25"), List.of(1))))
                .hasMessage("Hours per day must be more than 0 and at most 24.");
        assertThatThrownBy(() -> p.setCapacity(f.rafiq().personId(), Capacity.ofHours(BigDecimal.ONE, List.of())))
                .hasMessage("Pick at least one working day.");
        // The database keeps the rule too, whatever a client sends.
        assertThatThrownBy(() -> db.jdbiAs(f.planner())
                        .useHandle(h -> h.execute(
                                "insert into maint.technician_capacity (tenant_id, id, person_id, shift_id, hours_per_day) "
                                        + "values (core.current_tenant(), ?, ?, null, 30)",
                                UUID.randomUUID(),
                                f.sohel().personId())))
                .hasMessageContaining("technician_capacity_hours_per_day_check");
        // A technician may read the plan but not set capacities.
        assertThatThrownBy(() -> new PlannerService(db.jdbiAs(f.rafiq()), Clock.systemUTC())
                        .setCapacity(f.rafiq().personId(), Capacity.ofHours(BigDecimal.TEN, List.of(1))))
                .isInstanceOf(PlantdeskException.class);
    }

    @Test
    void scheduleComplianceCountsWorkDoneWithinItsScheduledWeekOverWholePastWeeks() {
        PlannerService p = f.planner(db);
        // Worked by hand, "today" Wednesday 10 March 2027, one past week (1 to 7 March):
        // on time (done Wednesday), late (done the next Monday), still open, cancelled (out), this week's (not judged).
        LocalDate lastMonday = LocalDate.of(2027, 3, 1);
        WorkOrder onTime = f.scheduled(db, "On time", lastMonday, LocalTime.of(10, 0), 1, null);
        WorkOrder late = f.scheduled(db, "Late", lastMonday.plusDays(4), LocalTime.of(10, 0), 1, null);
        f.scheduled(db, "Open", lastMonday.plusDays(6), LocalTime.of(23, 0), 1, null);
        WorkOrder cancelled = f.scheduled(db, "Cancelled", lastMonday.plusDays(2), LocalTime.of(10, 0), 1, null);
        f.scheduled(db, "This week", lastMonday.plusDays(8), LocalTime.of(10, 0), 1, null);
        WorkOrderService wo = new WorkOrderService(db.jdbiAs(f.planner()), Clock.systemUTC());
        for (WorkOrder w : List.of(onTime, late)) {
            wo.changeStatus(w.id(), WorkOrderStatus.IN_PROGRESS);
            wo.changeStatus(w.id(), WorkOrderStatus.COMPLETED);
        }
        wo.changeStatus(cancelled.id(), WorkOrderStatus.CANCELLED);
        // 23:59 Sunday in Dhaka is inside the week; 00:30 Monday is the next one.
        db.adminJdbi().useHandle(h -> {
            h.execute(
                    "update maint.work_order set completed_at = ? where id = ?",
                    lastMonday.plusDays(6).atTime(23, 59).atZone(f.zone()).toOffsetDateTime(),
                    onTime.id());
            h.execute(
                    "update maint.work_order set completed_at = ? where id = ?",
                    lastMonday.plusDays(7).atTime(0, 30).atZone(f.zone()).toOffsetDateTime(),
                    late.id());
        });
        ScheduleCompliance c = p.scheduleCompliance(1, LocalDate.of(2027, 3, 10), f.zone());
        assertThat(c.scheduled()).isEqualTo(3);
        assertThat(c.onTime()).isEqualTo(1);
        assertThat(c.percent()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("33.3"));
        assertThat(p.scheduleCompliance(1, LocalDate.of(2030, 1, 9), f.zone()).percent())
                .isEmpty();
    }

    private static PlanTechnician tech(WeekPlan w, UUID id) {
        return w.technicians().stream()
                .filter(t -> t.personId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private String plain(BigDecimal b) {
        return b == null ? null : b.stripTrailingZeros().toPlainString();
    }

    static List<Integer> days(int... d) {
        return Arrays.stream(d).boxed().toList();
    }
}
