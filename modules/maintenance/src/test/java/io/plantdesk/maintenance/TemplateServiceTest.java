package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Work-order templates on PostgreSQL: saved with parts and checklist, used, checked, private to the plant. */
@ExtendWith(PostgresExtension.class)
class TemplateServiceTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser technician;
    static TestUser stranger;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Template plant");
        planner = db.createUser(p, AppRole.PLANNER);
        technician = db.createUser(p, AppRole.TECHNICIAN);
        stranger = db.createUser(db.createTenant("Elsewhere"), AppRole.PLANNER);
    }

    static TemplateService as(TestUser u) {
        return new TemplateService(db.jdbiAs(u), Clock.systemUTC());
    }

    @Test
    void aTemplateFillsTheFormAndItsWorkOrderGetsTheChecklist() {
        UUID checklist = new ChecklistService(db.jdbiAs(planner), Clock.systemUTC())
                .createTemplate("Belt check", List.of(NewChecklistItem.passFail("Belt tension right")));
        Part belt = new PartsService(db.jdbiAs(planner), Clock.systemUTC())
                .createPart(new PartDraft(
                        "BELT-T1", "Drive belt", "pcs", new BigDecimal("4.50"), BigDecimal.ONE, BigDecimal.TEN, null));
        WorkOrderTemplate t = as(planner)
                .save(new TemplateDraft(
                        "Replace drive belt",
                        "Replace the drive belt",
                        "Loosen the motor, swap the belt, tension it.",
                        WorkOrderType.PREVENTIVE,
                        Priority.HIGH,
                        new BigDecimal("1.5"),
                        checklist,
                        List.of(new TemplatePart(belt.id(), new BigDecimal("2")))));
        assertThat(t.checklistName()).isEqualTo("Belt check");
        assertThat(t.parts()).singleElement().satisfies(p -> {
            assertThat(p.partId()).isEqualTo(belt.id());
            assertThat(p.quantity()).isEqualByComparingTo("2");
        });
        assertThat(as(technician).templates())
                .extracting(WorkOrderTemplate::name)
                .contains("Replace drive belt");

        WorkOrderDraft form = t.draft();
        assertThat(form.title()).isEqualTo("Replace the drive belt");
        assertThat(form.type()).isEqualTo(WorkOrderType.PREVENTIVE);
        assertThat(form.priority()).isEqualTo(Priority.HIGH);
        assertThat(form.estimatedHours()).isEqualByComparingTo("1.5");
        WorkOrder w = as(planner).createFrom(t.id(), form.withTitle("Replace the drive belt on M3"));
        assertThat(w.title()).isEqualTo("Replace the drive belt on M3");
        assertThat(new ChecklistService(db.jdbiAs(planner), Clock.systemUTC()).checklists(w.id()))
                .singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("Belt check"));
        // ... and its parts as planned parts, which the other plant cannot see.
        PartsService parts = new PartsService(db.jdbiAs(planner), Clock.systemUTC());
        assertThat(parts.plannedFor(w.id())).singleElement().satisfies(p -> {
            assertThat(p.partId()).isEqualTo(belt.id());
            assertThat(p.quantity()).isEqualByComparingTo("2");
        });
        assertThat(new PartsService(db.jdbiAs(stranger), Clock.systemUTC()).plannedFor(w.id()))
                .isEmpty();
        // The same part twice, or none of it, is refused in plant words; each plan is audited.
        assertThatThrownBy(() -> parts.plan(w.id(), belt.id(), BigDecimal.ONE))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("That part is already planned for the work order.");
        Part oil = parts.createPart(
                new PartDraft("OIL-T1", "Machine oil", "l", new BigDecimal("3"), BigDecimal.ONE, BigDecimal.TEN, null));
        assertThatThrownBy(() -> db.jdbiAs(planner)
                        .useHandle(h -> h.execute(
                                "insert into maint.work_order_part (tenant_id, id, work_order_id, part_id, quantity) "
                                        + "values (core.current_tenant(), ?, ?, ?, 0)",
                                db.ids().next(),
                                w.id(),
                                oil.id())))
                .hasMessageContaining("work_order_part_quantity");
        assertThatThrownBy(() -> parts.plan(w.id(), oil.id(), BigDecimal.ZERO)).isInstanceOf(PlantdeskException.class);
        parts.plan(w.id(), oil.id(), new BigDecimal("0.5"));
        assertThat(parts.plannedFor(w.id())).hasSize(2);
        long audited = db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select count(*) from core.audit_log where table_name = 'maint.work_order_part'")
                        .mapTo(Long.class)
                        .one());
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void namesAreUniquePerPlantAndFieldsAreChecked() {
        as(planner)
                .save(new TemplateDraft(
                        "Oil the hook", "Oil the hook", "", WorkOrderType.PREVENTIVE, null, null, null, null));
        assertThatThrownBy(() -> as(planner)
                        .save(new TemplateDraft(
                                " oil the HOOK ", "Again", "", WorkOrderType.PREVENTIVE, null, null, null, null)))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("Another template already has that name.");
        // Another plant may use the same name.
        assertThat(as(stranger)
                        .save(new TemplateDraft(
                                "Oil the hook", "Oil", "", WorkOrderType.PREVENTIVE, null, null, null, null))
                        .name())
                .isEqualTo("Oil the hook");
        assertThatThrownBy(() -> as(planner)
                        .save(new TemplateDraft(
                                "Negative",
                                "Negative",
                                "",
                                WorkOrderType.CORRECTIVE,
                                null,
                                new BigDecimal("-1"),
                                null,
                                null)))
                .hasMessage("Estimated hours cannot be negative.");
        assertThatThrownBy(() -> as(planner)
                        .save(new TemplateDraft(" ", "Blank", "", WorkOrderType.CORRECTIVE, null, null, null, null)))
                .hasMessage("Give the template a name.");
        assertThatThrownBy(() -> as(planner)
                        .save(new TemplateDraft("No title", " ", "", WorkOrderType.CORRECTIVE, null, null, null, null)))
                .hasMessage("A template needs a title of at most 200 characters.");
    }

    @Test
    void anotherPlantNeitherSeesNorUsesOurTemplatesAndTechniciansOnlyUseThem() {
        WorkOrderTemplate t = as(planner)
                .save(new TemplateDraft("Ours only", "Ours", "", WorkOrderType.INSPECTION, null, null, null, null));
        assertThat(as(stranger).templates()).extracting(WorkOrderTemplate::id).doesNotContain(t.id());
        assertThatThrownBy(() -> as(stranger).createFrom(t.id(), t.draft()))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("That template no longer exists.");
        assertThatThrownBy(() -> as(technician)
                        .save(new TemplateDraft(
                                "Tech's", "Tech", "", WorkOrderType.INSPECTION, null, null, null, null)))
                .isInstanceOf(PlantdeskException.class);
        assertThat(as(technician).createFrom(t.id(), t.draft()).title()).isEqualTo("Ours");
    }
}
