package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.maintenance.api.LabourReport;
import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The work-order service on PostgreSQL as the plant's own logins under RLS. */
@ExtendWith(PostgresExtension.class)
class WorkOrderServiceTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser technician;
    static TestUser operator;
    static TestUser stranger;
    static Fixture plant;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Work order plant");
        planner = db.createUser(p, AppRole.PLANNER);
        technician = db.createUser(p, AppRole.TECHNICIAN);
        operator = db.createUser(p, AppRole.OPERATOR);
        stranger = db.createUser(db.createTenant("Stranger plant"), AppRole.PLANNER);
        plant = Fixture.plant(db, planner, "WO");
    }

    static WorkOrderService as(TestUser u) {
        return new WorkOrderService(db.jdbiAs(u), Clock.systemUTC());
    }

    @Test
    void aStaleEditIsAConflictCarryingBothVersionsAndWritesNothing() {
        WorkOrder w = as(planner)
                .create(WorkOrderDraft.of("Feed dog worn", WorkOrderType.CORRECTIVE)
                        .withAsset(plant.machine()));
        assertThat(w.number()).isPositive();
        assertThat(w.requestedBy()).isEqualTo(planner.personId());
        WorkOrderDraft theirs = w.draft().withPriority(Priority.URGENT);
        SaveResult first = as(technician).save(w.id(), w.version(), theirs);
        assertThat(first).isInstanceOf(SaveResult.Saved.class);
        WorkOrderDraft mine = w.draft().withTitle("Feed dog worn, replace");
        SaveResult second = as(planner).save(w.id(), w.version(), mine);
        assertThat(second).isInstanceOfSatisfying(SaveResult.Conflict.class, c -> {
            assertThat(c.mine()).isEqualTo(mine);
            assertThat(c.mineBase()).isEqualTo(w.version());
            assertThat(c.theirs().version()).isEqualTo(w.version() + 1);
            assertThat(c.theirs().priority()).isEqualTo(Priority.URGENT);
        });
        assertThat(as(planner).find(w.id()).orElseThrow().title()).isEqualTo("Feed dog worn");
        // Resolved by saving over the newer version.
        SaveResult third = as(planner).save(w.id(), w.version() + 1, mine);
        assertThat(((SaveResult.Saved) third).workOrder().title()).isEqualTo("Feed dog worn, replace");
    }

    @Test
    void brokenRulesComeBackAsSentences() {
        WorkOrder w = as(planner).create(WorkOrderDraft.of("Rules", WorkOrderType.INSPECTION));
        OffsetDateTime t = OffsetDateTime.now(ZoneOffset.UTC);
        assertThatThrownBy(() -> as(planner).save(w.id(), w.version(), w.draft().withSchedule(t, t.minusHours(1))))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("The scheduled end must be after the scheduled start.");
        assertThatThrownBy(() -> as(planner).save(w.id(), w.version(), w.draft().withHours(new BigDecimal("-2"), null)))
                .hasMessage("Estimated hours cannot be negative.");
        assertThatThrownBy(() -> as(planner).save(w.id(), w.version(), w.draft().withDowntime(t, t.minusMinutes(5))))
                .hasMessage("The downtime cannot end before it started.");
        assertThatThrownBy(() -> as(planner).save(w.id(), w.version(), w.draft().withTags(List.of("Not A Tag"))))
                .hasMessageContaining("Tags are lowercase words");
        assertThatThrownBy(() -> as(planner).changeStatus(w.id(), WorkOrderStatus.CLOSED))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("Work order " + w.number() + " is Requested and cannot go to Closed.");
        assertThatThrownBy(
                        () -> as(operator).save(w.id(), w.version(), w.draft().withTitle("operator edit")))
                .isInstanceOf(PlantdeskException.class);
    }

    @Test
    void theWorkflowIsTheDatabasesAndLeavesAHistory() {
        WorkOrderService s = as(technician);
        WorkOrder w = as(operator)
                .create(WorkOrderDraft.of("Motor hot", WorkOrderType.CORRECTIVE).withAsset(plant.machine2()));
        assertThat(s.allowedAfter(WorkOrderStatus.REQUESTED))
                .containsExactlyInAnyOrder(WorkOrderStatus.APPROVED, WorkOrderStatus.CANCELLED);
        assertThat(s.allowedAfter(WorkOrderStatus.CLOSED)).isEmpty();
        s.changeStatus(w.id(), WorkOrderStatus.APPROVED);
        s.changeStatus(w.id(), WorkOrderStatus.IN_PROGRESS);
        WorkOrder done = s.changeStatus(w.id(), WorkOrderStatus.COMPLETED);
        assertThat(done.completedAt()).isNotNull();
        assertThat(s.history(w.id()))
                .extracting(StatusChange::to)
                .containsExactly(
                        WorkOrderStatus.REQUESTED,
                        WorkOrderStatus.APPROVED,
                        WorkOrderStatus.IN_PROGRESS,
                        WorkOrderStatus.COMPLETED);
        assertThat(s.history(w.id()).get(1).byLogin()).isEqualTo(technician.login());
    }

    @Test
    void assigneesAndLabour() {
        WorkOrder w = as(planner).create(WorkOrderDraft.of("Assign me", WorkOrderType.PREVENTIVE));
        assertThat(as(planner).assign(w.id(), List.of(technician.personId(), planner.personId())))
                .hasSize(2);
        assertThat(as(planner).assign(w.id(), List.of(technician.personId())))
                .extracting(Assignee::personId)
                .containsExactly(technician.personId());
        List<Labour> l = as(technician)
                .logLabour(new LabourReport(
                        w.id(), technician.personId(), LocalDate.now(), new BigDecimal("1.5"), "changed belt"));
        assertThat(l).singleElement().satisfies(x -> assertThat(x.hours()).isEqualByComparingTo("1.5"));
        assertThatThrownBy(() -> as(technician)
                        .logLabour(new LabourReport(
                                w.id(), technician.personId(), LocalDate.now(), new BigDecimal("25"), null)))
                .hasMessage("Hours worked must be more than 0 and at most 24 a day.");
        BacklogPage mine = as(technician)
                .backlog(BacklogQuery.open().withFilters(Set.of(), Set.of(), null, technician.personId(), null, false));
        assertThat(mine.rows()).extracting(BacklogRow::id).contains(w.id());
        assertThat(mine.rows()).allSatisfy(r -> assertThat(r.assignees()).isNotEmpty());
    }

    @Test
    void theBacklogIsSortedFilteredAndPagedInSql() {
        TestUser p2 = db.createUser(db.createTenant("Backlog plant"), AppRole.PLANNER);
        WorkOrderService s = as(p2);
        OffsetDateTime base = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        List<WorkOrder> made = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            WorkOrderDraft d = WorkOrderDraft.of(
                            "Job " + (char) ('a' + (i * 7) % 25),
                            i % 3 == 0 ? WorkOrderType.PREVENTIVE : WorkOrderType.CORRECTIVE)
                    .withPriority(Priority.values()[i % 4])
                    .withDue(i % 5 == 0 ? null : base.plusHours(i * 13 % 25 - 12))
                    .withTags(i % 2 == 0 ? List.of("even") : List.of());
            made.add(s.create(d));
        }
        s.changeStatus(made.get(1).id(), WorkOrderStatus.CANCELLED);
        List<WorkOrder> open =
                made.stream().filter(w -> !w.id().equals(made.get(1).id())).toList();

        // Every sort, both directions, paged by 7: the pages joined equal the whole sorted list.
        for (BacklogSort sort : BacklogSort.values()) {
            for (boolean desc : new boolean[] {false, true}) {
                List<Integer> paged = new ArrayList<>();
                BacklogQuery q = BacklogQuery.open().withSort(sort, desc).withPage(0, 7);
                BacklogPage page;
                do {
                    page = s.backlog(q);
                    page.rows().forEach(r -> paged.add(r.number()));
                    q = q.withPage(q.offset() + 7, 7);
                } while (page.hasMore());
                assertThat(paged).as(sort + (desc ? " desc" : "")).isEqualTo(expected(open, sort, desc));
            }
        }
        BacklogPage filtered = s.backlog(BacklogQuery.open()
                .withFilters(Set.of(WorkOrderType.PREVENTIVE), Set.of(Priority.URGENT), null, null, "even", false));
        assertThat(filtered.rows()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.type()).isEqualTo(WorkOrderType.PREVENTIVE);
            assertThat(r.priority()).isEqualTo(Priority.URGENT);
            assertThat(r.tags()).contains("even");
        });
        BacklogPage overdue = s.backlog(BacklogQuery.open().withFilters(Set.of(), Set.of(), null, null, null, true));
        assertThat(overdue.rows())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.overdue()).isTrue());
        assertThat(overdue.rows()).hasSize((int) open.stream()
                .filter(w -> w.dueAt() != null && w.dueAt().isBefore(OffsetDateTime.now()))
                .count());
        assertThat(s.backlog(BacklogQuery.open().withStatuses(Set.of(WorkOrderStatus.CANCELLED)))
                        .rows())
                .extracting(BacklogRow::id)
                .containsExactly(made.get(1).id());
    }

    private static List<Integer> expected(List<WorkOrder> rows, BacklogSort sort, boolean desc) {
        Comparator<WorkOrder> key = switch (sort) {
            case NUMBER -> Comparator.comparing(WorkOrder::number);
            case DUE -> Comparator.comparing(WorkOrder::dueAt, Comparator.nullsLast(Comparator.naturalOrder()));
            case PRIORITY -> Comparator.comparing(w -> w.priority().code());
            case SCHEDULED ->
                Comparator.comparing(WorkOrder::scheduledStart, Comparator.nullsLast(Comparator.naturalOrder()));
            case REQUESTED -> Comparator.comparing(WorkOrder::requestedAt);
            case UPDATED -> Comparator.comparing(WorkOrder::updatedAt);
            case TITLE -> Comparator.comparing(w -> w.title().toLowerCase(java.util.Locale.ROOT));
        };
        Comparator<WorkOrder> full = key.thenComparing(WorkOrder::number);
        return rows.stream()
                .sorted(desc ? full.reversed() : full)
                .map(WorkOrder::number)
                .toList();
    }

    @Test
    void textSearchFindsTheCallersPlantOnlyAndCombinesWithFilters() {
        WorkOrder mine = as(planner)
                .create(WorkOrderDraft.of("Hook timing off on overlock", WorkOrderType.CORRECTIVE)
                        .withFailure("HOOK-01", "timing slipped", "retimed hook"));
        as(stranger).create(WorkOrderDraft.of("Hook timing off on overlock", WorkOrderType.CORRECTIVE));
        BacklogPage found = as(operator).backlog(BacklogQuery.open().withText("hook timing"));
        assertThat(found.rows()).extracting(BacklogRow::id).containsExactly(mine.id());
        assertThat(as(operator).backlog(BacklogQuery.open().withText("retimed")).rows())
                .extracting(BacklogRow::id)
                .containsExactly(mine.id());
        assertThat(as(operator)
                        .backlog(BacklogQuery.open().withText(Integer.toString(mine.number())))
                        .rows())
                .extracting(BacklogRow::id)
                .contains(mine.id());
        assertThat(as(operator)
                        .backlog(BacklogQuery.open().withText("hook -overlock"))
                        .rows())
                .isEmpty();
        for (String odd : List.of("\"", "&|!", "(", "'; drop table maint.work_order; --", "*:")) {
            as(operator).backlog(BacklogQuery.open().withText(odd));
        }
        assertThatThrownBy(() -> as(operator).backlog(BacklogQuery.open().withText("x".repeat(201))))
                .hasMessageContaining("too long");
    }
}
