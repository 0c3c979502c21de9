package io.plantdesk.activity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.activity.api.AuditEntry;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Audit rows read as sentences with people's names: no role names, tables, INSERT or JSON. */
class AuditSentencesTest {

    private static final String FARZANA = "0193a6d4-0000-7000-8000-000000000007";
    private static final AuditSentences.Names NAMES =
            new AuditSentences.Names(Map.of("demo_admin", "Amina Rahman"), Map.of(FARZANA, "Farzana Begum"));

    private static AuditEntry entry(String action, String actor, String oldJson, String newJson) {
        return new AuditEntry(1, OffsetDateTime.now(), "core.person", FARZANA, action, actor, oldJson, newJson);
    }

    @Test
    void aPhoneChangeNamesBothPeopleAndBothNumbers() {
        String s = AuditSentences.sentence(
                entry("UPDATE", "demo_admin", "{\"phone\": \"+880 1711 000101\"}", "{\"phone\": \"+880 1711 000199\"}"),
                NAMES);
        assertThat(s).isEqualTo("Amina Rahman changed Farzana Begum's phone from +880 1711 000101 to +880 1711 000199");
    }

    @Test
    void anAddedPersonIsNamedFromTheRowAndTheSetUpIsNotARoleName() {
        String s = AuditSentences.sentence(
                entry(
                        "INSERT",
                        "postgres",
                        null,
                        "{\"id\": \"" + FARZANA
                                + "\", \"tenant_id\": \"x\", \"display_name\": \"Farzana \\\"Faru\\\" Begum\", \"active\": true}"),
                NAMES);
        assertThat(s).isEqualTo("Plantdesk set-up added Farzana \"Faru\" Begum");
    }

    @Test
    void rolesAndStatusReadAsWordsAndSeveralFieldsAreListed() {
        assertThat(AuditSentences.sentence(
                        entry("UPDATE", "demo_admin", "{\"active\": true}", "{\"active\": false}"), NAMES))
                .isEqualTo("Amina Rahman changed Farzana Begum's status from active to inactive");
        assertThat(AuditSentences.sentence(
                        entry("UPDATE", "demo_admin", "{\"app_role\": \"operator\"}", "{\"app_role\": \"supervisor\"}"),
                        NAMES))
                .isEqualTo("Amina Rahman changed Farzana Begum's role from Operator to Supervisor");
        assertThat(AuditSentences.sentence(
                        entry(
                                "UPDATE",
                                "demo_admin",
                                "{\"phone\": null, \"app_role\": \"operator\"}",
                                "{\"phone\": \"+880 1\", \"app_role\": \"planner\"}"),
                        NAMES))
                .isEqualTo("Amina Rahman changed Farzana Begum's phone and role");
        assertThat(AuditSentences.sentence(
                        entry("UPDATE", "demo_admin", "{\"phone\": null}", "{\"phone\": \"+880 1\"}"), NAMES))
                .isEqualTo("Amina Rahman set Farzana Begum's phone to +880 1");
    }

    @Test
    void otherTablesAndUnknownPeopleStillReadAsPlainWords() {
        AuditEntry other = new AuditEntry(
                2,
                OffsetDateTime.now(),
                "maint.work_order",
                "42",
                "DELETE",
                "someone_gone",
                "{\"status\": \"open\"}",
                null);
        String s = AuditSentences.sentence(other, NAMES);
        assertThat(s).isEqualTo("Someone removed a work order");
        assertThat(s).doesNotContain("maint.").doesNotContain("DELETE").doesNotContain("{");
    }
}
