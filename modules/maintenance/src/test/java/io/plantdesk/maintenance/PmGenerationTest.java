package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PM generation: by calendar, by meter, whichever comes first, and many clients at once. Each test
 * has a plant of its own, so each generation run sees only its schedules.
 */
@ExtendWith(PostgresExtension.class)
class PmGenerationTest {

    static TestDatabase db;
    TestUser planner;
    TestUser operator;
    Fixture plant;

    @BeforeEach
    void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("PM plant");
        planner = db.createUser(p, AppRole.PLANNER);
        operator = db.createUser(p, AppRole.OPERATOR);
        plant = Fixture.plant(db, planner, "PM");
    }

    PmService pm(TestUser u) {
        return new PmService(db.jdbiAs(u), Clock.systemUTC());
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    record Generated(int cycle, OffsetDateTime due, String status, String type) {}

    List<Generated> generated(UUID schedule) {
        return db.jdbiAs(planner)
                .withHandle(h -> h.createQuery("select pm_cycle, due_at, status, type from maint.work_order "
                                + "where pm_schedule_id = :s order by pm_cycle")
                        .bind("s", schedule)
                        .map((rs, ctx) -> new Generated(
                                rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4)))
                        .list());
    }

    @Test
    void aScheduleNamingATemplateGivesItsWorkOrdersTheTemplatesChecklistAndPlannedParts() {
        OffsetDateTime t = now();
        UUID checklist = new ChecklistService(db.jdbiAs(planner), Clock.systemUTC())
                .createTemplate("Belt check", List.of(NewChecklistItem.passFail("Belt tension right")));
        PartsService parts = new PartsService(db.jdbiAs(planner), Clock.systemUTC());
        Part belt = parts.createPart(new PartDraft(
                "BELT-P", "Drive belt", "pcs", new BigDecimal("4.5"), BigDecimal.ZERO, BigDecimal.ONE, null));
        Part oil = parts.createPart(
                new PartDraft("OIL-P", "Machine oil", "l", new BigDecimal("3"), BigDecimal.ONE, BigDecimal.TEN, null));
        WorkOrderTemplate tpl = new TemplateService(db.jdbiAs(planner), Clock.systemUTC())
                .save(new TemplateDraft(
                        "Belt service",
                        "Belt service",
                        "",
                        WorkOrderType.PREVENTIVE,
                        null,
                        null,
                        checklist,
                        List.of(
                                new TemplatePart(belt.id(), BigDecimal.ONE),
                                new TemplatePart(oil.id(), new BigDecimal("0.2")))));
        PmSchedule s = pm(planner)
                .create(PmScheduleDraft.calendar(plant.machine(), "Belt service", 30, t.plusDays(2), 7)
                        .withTemplate(tpl.id()));
        assertThat(s.workOrderTemplateId()).isEqualTo(tpl.id());
        // The schedule's own part quantity wins over the template's.
        parts.needsForSchedule(s.id(), oil.id(), new BigDecimal("0.1"));

        assertThat(pm(operator).generate(100)).isEqualTo(new PmRun(false, 1));
        UUID wo = db.jdbiAs(planner)
                .withHandle(h -> h.createQuery("select id from maint.work_order where pm_schedule_id = :s")
                        .bind("s", s.id())
                        .mapTo(UUID.class)
                        .one());
        assertThat(new ChecklistService(db.jdbiAs(planner), Clock.systemUTC()).checklists(wo))
                .singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("Belt check"));
        assertThat(parts.plannedFor(wo))
                .extracting(PlannedPart::partId, p -> p.quantity().stripTrailingZeros())
                .containsExactly(tuple(belt.id(), BigDecimal.ONE), tuple(oil.id(), new BigDecimal("0.1")));
        // The store orders the template's belt for the PM work ahead (it has no reorder point).
        assertThat(parts.reorderSuggestions(30))
                .filteredOn(r -> r.code().equals("BELT-P"))
                .singleElement()
                .satisfies(r -> assertThat(r.pmNeed()).isEqualByComparingTo("1"));
    }

    @Test
    void calendarSchedulesGenerateAheadOnceAndSkipMissedDues() {
        OffsetDateTime t = now();
        UUID template = new ChecklistService(db.jdbiAs(planner), Clock.systemUTC())
                .createTemplate(
                        "Oil and clean",
                        List.of(NewChecklistItem.passFail("Oiled"), NewChecklistItem.passFail("Lint removed")));
        PmSchedule weekly = pm(planner)
                .create(PmScheduleDraft.calendar(plant.machine(), "Weekly oiling", 7, t.plusDays(3), 7)
                        .withChecklist(template, new BigDecimal("0.5")));
        PmSchedule later =
                pm(planner).create(PmScheduleDraft.calendar(plant.machine2(), "Monthly", 30, t.plusDays(10), 7));
        // Missed for three weeks: one overdue work order, then the grid resumes from now (not three).
        PmSchedule missed =
                pm(planner).create(PmScheduleDraft.calendar(plant.machine2(), "Missed", 7, t.minusDays(20), 7));

        PmRun run = pm(operator).generate(100);
        assertThat(run).isEqualTo(new PmRun(false, 3));
        assertThat(generated(weekly.id())).singleElement().satisfies(w -> {
            assertThat(w.status()).isEqualTo("approved");
            assertThat(w.type()).isEqualTo("preventive");
            assertThat(w.due().toInstant()).isEqualTo(t.plusDays(3).toInstant());
        });
        assertThat(generated(later.id())).isEmpty();
        assertThat(generated(missed.id()))
                .extracting(w -> w.due().toInstant())
                .containsExactly(t.minusDays(20).toInstant(), t.plusDays(1).toInstant());
        assertThat(pm(planner).find(weekly.id()).orElseThrow().nextDueAt().toInstant())
                .isEqualTo(t.plusDays(10).toInstant());
        assertThat(pm(planner).find(missed.id()).orElseThrow().nextDueAt().toInstant())
                .isEqualTo(t.plusDays(8).toInstant());

        UUID wo = db.jdbiAs(planner)
                .withHandle(h -> h.createQuery("select id from maint.work_order where pm_schedule_id = :s")
                        .bind("s", weekly.id())
                        .mapTo(UUID.class)
                        .one());
        assertThat(new ChecklistService(db.jdbiAs(planner), Clock.systemUTC()).checklists(wo))
                .singleElement()
                .satisfies(c -> assertThat(c.items())
                        .extracting(ChecklistItem::prompt)
                        .containsExactly("Oiled", "Lint removed"));
        assertThat(pm(operator).generate(100)).isEqualTo(new PmRun(false, 0));
    }

    @Test
    void meterSchedulesGenerateWithinTheLeadAndRestartFromTheReading() {
        var feed = MaintenanceApis.find().orElseThrow().meterFeed(db.jdbiAs(operator), Clock.systemUTC());
        UUID meter =
                feed.addPieces(UUID.randomUUID(), plant.machine(), 1, now()).meterId();
        PmSchedule s = pm(planner)
                .create(PmScheduleDraft.meter(
                        plant.machine(),
                        "Every 500 pieces",
                        meter,
                        new BigDecimal("500"),
                        new BigDecimal("500"),
                        new BigDecimal("50")));
        feed.addPieces(UUID.randomUUID(), plant.machine(), 399, now());
        assertThat(pm(operator).generate(100).created()).isZero(); // 400: not yet within 50 of 500
        feed.addPieces(UUID.randomUUID(), plant.machine(), 60, now());
        assertThat(pm(operator).generate(100).created()).isEqualTo(1); // 460: within the lead
        assertThat(pm(planner).find(s.id()).orElseThrow().nextDueMeter()).isEqualByComparingTo("1000");
        assertThat(generated(s.id()).getFirst().due()).isAfter(now().plusDays(6));
        feed.addPieces(UUID.randomUUID(), plant.machine(), 600, now()); // 1060: past due, once, however far past
        assertThat(pm(operator).generate(100).created()).isEqualTo(1);
        assertThat(pm(planner).find(s.id()).orElseThrow().nextDueMeter()).isEqualByComparingTo("1560");
        assertThat(generated(s.id()).get(1).due()).isBefore(now().plusMinutes(1));
        assertThat(pm(operator).generate(100).created()).isZero();
    }

    @Test
    void whicheverComesFirstRestartsTheOther() {
        var feed = MaintenanceApis.find().orElseThrow().meterFeed(db.jdbiAs(operator), Clock.systemUTC());
        OffsetDateTime t = now();
        UUID m1 = feed.addPieces(UUID.randomUUID(), plant.machine(), 1, t).meterId();
        UUID m2 = feed.addPieces(UUID.randomUUID(), plant.machine2(), 1, t).meterId();
        // The meter comes first: 1001 pieces reach 1000 long before the calendar's 20 days.
        PmSchedule byMeter = pm(planner)
                .create(PmScheduleDraft.meter(
                                plant.machine(),
                                "1000 pieces or 30 days",
                                m1,
                                new BigDecimal("1000"),
                                new BigDecimal("1000"),
                                BigDecimal.ZERO)
                        .orCalendar(30, t.plusDays(20), 7));
        // The calendar comes first: due in 2 days, the meter far off.
        PmSchedule byCalendar = pm(planner)
                .create(PmScheduleDraft.meter(
                                plant.machine2(),
                                "1000 pieces or 30 days",
                                m2,
                                new BigDecimal("1000"),
                                new BigDecimal("1000"),
                                BigDecimal.ZERO)
                        .orCalendar(30, t.plusDays(2), 7));
        feed.addPieces(UUID.randomUUID(), plant.machine(), 1000, t);
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC);
        assertThat(pm(operator).generate(100).created()).isEqualTo(2);

        PmSchedule a = pm(planner).find(byMeter.id()).orElseThrow();
        assertThat(a.nextDueMeter()).isEqualByComparingTo("2001");
        assertThat(Duration.between(before.plusDays(30), a.nextDueAt()).abs())
                .isLessThan(Duration.ofMinutes(1)); // 20 days became 30 from now
        PmSchedule b = pm(planner).find(byCalendar.id()).orElseThrow();
        assertThat(b.nextDueAt().toInstant()).isEqualTo(t.plusDays(32).toInstant());
        assertThat(b.nextDueMeter()).isEqualByComparingTo("1001"); // restarted from the reading of 1
        assertThat(pm(operator).generate(100).created()).isZero();
    }

    @Test
    void manyClientsGeneratingAtOnceCreateEachWorkOrderOnce() throws Exception {
        OffsetDateTime t = now();
        for (int i = 0; i < 40; i++) {
            pm(planner)
                    .create(PmScheduleDraft.calendar(
                            i % 2 == 0 ? plant.machine() : plant.machine2(),
                            "Job " + i,
                            1 + i % 5,
                            t.minusDays(i % 3).plusHours(i),
                            7));
        }
        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<PmRun>>> runs = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            for (int c = 0; c < clients; c++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    List<PmRun> mine = new ArrayList<>();
                    for (int k = 0; k < 8; k++) {
                        mine.add(pm(operator).generate(7)); // small batches: the runs interleave
                    }
                    return mine;
                }));
            }
            go.countDown();
            int created = 0;
            for (Future<List<PmRun>> f : runs) {
                created += f.get().stream().mapToInt(PmRun::created).sum();
            }
            while (true) {
                PmRun r = pm(operator).generate(100);
                if (!r.busy() && r.created() == 0) {
                    break;
                }
                created += r.created();
            }
            long rows = db.jdbiAs(planner)
                    .withHandle(h -> h.createQuery(
                                    "select count(*) from maint.work_order " + "where pm_schedule_id is not null")
                            .mapTo(Long.class)
                            .one());
            long distinct = db.jdbiAs(planner)
                    .withHandle(h -> h.createQuery("select count(distinct (pm_schedule_id, pm_cycle)) "
                                    + "from maint.work_order where pm_schedule_id is not null")
                            .mapTo(Long.class)
                            .one());
            long cycles = pm(planner).schedules().stream()
                    .mapToLong(PmSchedule::cycle)
                    .sum();
            assertThat(rows)
                    .isEqualTo(created)
                    .isEqualTo(distinct)
                    .isEqualTo(cycles)
                    .isGreaterThanOrEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
        // The last line of defence: a second work order for a schedule's cycle is refused outright.
        PmSchedule any = pm(planner).schedules().getFirst();
        assertThatThrownBy(() -> db.jdbiAs(planner)
                        .useHandle(h -> h.execute(
                                "insert into maint.work_order (tenant_id, id, number, "
                                        + "title, type, status, pm_schedule_id, pm_cycle, pm_due_at) values (core.current_tenant(), ?, 0, 'dup', 'preventive', "
                                        + "'approved', ?, 1, now())",
                                db.ids().next(),
                                any.id())))
                .hasMessageContaining("work_order_pm_cycle");
        assertThat(WorkOrderStatus.APPROVED.isOpen()).isTrue();
    }

    @Test
    void theServerSideRunGeneratesForEveryPlantWithTheSameLock() {
        pm(planner).create(PmScheduleDraft.calendar(plant.machine(), "Headless", 7, now().plusDays(1), 7));
        String slug = db.adminJdbi()
                .withHandle(h -> h.createQuery("select slug from core.tenant where id = :t")
                        .bind("t", planner.tenantId())
                        .mapTo(String.class)
                        .one());
        assertThat(new PmGeneration(db.admin()).run(slug, 100))
                .containsExactly(new PmGeneration.Result(slug, false, 1));
        assertThat(new PmGeneration(db.admin()).run(slug, 100))
                .containsExactly(new PmGeneration.Result(slug, false, 0));
        assertThatThrownBy(() -> new PmGeneration(db.admin()).run("no-such-plant", 100))
                .hasMessage("There is no plant \"no-such-plant\".");
        // A client holding the plant's generator row: the server run finds it busy and does nothing.
        db.jdbiAs(operator).useHandle(h -> {
            h.begin();
            h.createQuery("select * from maint.generate_pm(1)").mapToMap().list();
            assertThat(new PmGeneration(db.admin()).run(slug, 100))
                    .containsExactly(new PmGeneration.Result(slug, true, 0));
            h.rollback();
        });
    }

    @Test
    void onlyTheGeneratorMovesASchedulesStateAndNobodyCanHoldItsLock() {
        assertThatThrownBy(() -> db.jdbiAs(operator)
                        .useHandle(h -> h.createQuery("select 1 from maint.pm_generator_state for update nowait")
                                .mapToMap()
                                .list()))
                .hasMessageContaining("permission denied");
        PmSchedule s =
                pm(planner).create(PmScheduleDraft.calendar(plant.machine(), "Guarded", 7, now().plusDays(1), 7));
        assertThatThrownBy(() -> db.jdbiAs(operator)
                        .useHandle(h -> h.execute("update maint.pm_schedule set cycle = 9 where id = ?", s.id())))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> pm(planner)
                        .create(new PmScheduleDraft(
                                plant.machine(),
                                "No terms",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                7,
                                null,
                                null,
                                null,
                                null,
                                null)))
                .hasMessage("A PM schedule needs a calendar interval, a meter interval, or both.");
    }
}
