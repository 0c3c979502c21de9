package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.maintenance.api.ChecklistAnswer;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Checklists executed by a technician, signed off with a hash, and a failed item raising work. */
@ExtendWith(PostgresExtension.class)
class ChecklistServiceTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser technician;
    static Fixture plant;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Checklist plant");
        planner = db.createUser(p, AppRole.PLANNER);
        technician = db.createUser(p, AppRole.TECHNICIAN);
        plant = Fixture.plant(db, planner, "CL");
    }

    static ChecklistService as(TestUser u) {
        return new ChecklistService(db.jdbiAs(u), Clock.systemUTC());
    }

    private Checklist newChecklist() {
        UUID template = as(planner)
                .createTemplate(
                        "Weekly lockstitch check",
                        List.of(
                                NewChecklistItem.passFail("Needle guard in place"),
                                NewChecklistItem.value(
                                        "Oil pressure", "bar", new BigDecimal("1.5"), new BigDecimal("3.0")),
                                NewChecklistItem.note("Anything else")));
        WorkOrder w = new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC())
                .create(WorkOrderDraft.of("Weekly check", WorkOrderType.INSPECTION)
                        .withAsset(plant.machine()));
        return as(planner).addFromTemplate(w.id(), template);
    }

    @Test
    void outcomesComeFromTheLimitsAndSignOffHashesTheResults() throws Exception {
        Checklist c = newChecklist();
        assertThat(c.items())
                .extracting(ChecklistItem::kind)
                .containsExactly(ItemKind.PASS_FAIL, ItemKind.VALUE, ItemKind.NOTE);
        ChecklistService s = as(technician);
        assertThat(s.answer(c.items().get(0).id(), ChecklistAnswer.pass()).outcome())
                .isEqualTo("pass");
        assertThat(s.answer(c.items().get(1).id(), ChecklistAnswer.measured(new BigDecimal("3.4")))
                        .outcome())
                .isEqualTo("fail");
        assertThat(s.answer(c.items().get(1).id(), ChecklistAnswer.measured(new BigDecimal("2.2")))
                        .outcome())
                .isEqualTo("pass");
        assertThatThrownBy(() -> s.signOff(c.id()))
                .hasMessage("Every item of the checklist needs a result before it is signed off.");
        s.answer(c.items().get(2).id(), new ChecklistAnswer(null, null, "belt dusty"));
        assertThatThrownBy(() -> s.answer(c.items().get(0).id(), new ChecklistAnswer(null, new BigDecimal("1"), null)))
                .hasMessage("That answer does not fit the item (pass/fail, a value, or a note).");

        Checklist signed = s.signOff(c.id());
        assertThat(signed.signedBy()).isEqualTo(technician.personId());
        assertThat(signed.signedAt()).isNotNull();
        // The hash is SHA-256 over position, prompt, outcome, value and note of each item, in order.
        String canonical = String.join(
                "\u001e",
                String.join("\u001f", "1", "Needle guard in place", "pass", "", ""),
                String.join("\u001f", "2", "Oil pressure", "pass", "2.2000", ""),
                String.join("\u001f", "3", "Anything else", "pass", "", "belt dusty"));
        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertThat(signed.resultsHash()).isEqualTo(expected);
        assertThat(s.verify(c.id())).isTrue();

        assertThatThrownBy(() -> s.answer(c.items().get(0).id(), ChecklistAnswer.fail("changed my mind")))
                .hasMessageContaining("can no longer change");
        assertThatThrownBy(() -> s.signOff(c.id())).hasMessageContaining("can no longer change");
        // Tampering behind the trigger's back (as the server's superuser) shows in verify.
        db.adminJdbi().useHandle(h -> {
            h.execute("alter table maint.checklist_item disable trigger checklist_item_guard");
            h.execute(
                    "update maint.checklist_item set note = 'forged' where id = ?",
                    c.items().get(2).id());
            h.execute("alter table maint.checklist_item enable trigger checklist_item_guard");
        });
        assertThat(s.verify(c.id())).isFalse();
    }

    @Test
    void aFailedItemRaisesOneCorrectiveWorkOrderOnTheSameAsset() {
        Checklist c = newChecklist();
        ChecklistService s = as(technician);
        ChecklistItem ok = s.answer(c.items().get(0).id(), ChecklistAnswer.pass());
        assertThatThrownBy(() -> s.raiseCorrective(ok.id()))
                .hasMessage("Only a failed checklist item can raise a corrective work order.");
        ChecklistItem bad = s.answer(c.items().get(1).id(), ChecklistAnswer.measured(new BigDecimal("0.9")));
        WorkOrder raised = s.raiseCorrective(bad.id());
        assertThat(raised.type()).isEqualTo(WorkOrderType.CORRECTIVE);
        assertThat(raised.assetId()).isEqualTo(plant.machine());
        assertThat(raised.title()).isEqualTo("Oil pressure");
        assertThat(raised.description()).contains("0.9000 bar");
        assertThat(raised.raisedFromItem()).isEqualTo(bad.id());
        assertThat(s.raiseCorrective(bad.id()).id()).isEqualTo(raised.id());
    }
}
