package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.PeopleService;
import io.plantdesk.platform.people.Person;
import io.plantdesk.platform.people.StaleDataException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit trigger records who changed what; stamps and versions come from the database. */
@ExtendWith(PostgresExtension.class)
class AuditAndLockingTest {

    static TestDatabase db;
    static TestUser admin;
    static PeopleService asAdmin;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID plant = db.createTenant("Audit plant");
        admin = db.createUser(plant, AppRole.ADMIN);
        asAdmin = new PeopleService(db.jdbiAs(admin), db.ids());
    }

    /** Each test edits a person of its own, so the order of tests does not matter. */
    private static Person newOperator() {
        TestUser operator = db.createUser(admin.tenantId(), AppRole.OPERATOR);
        return reread(operator.login());
    }

    private static Person reread(String login) {
        return asAdmin.page(0, 100).people().stream()
                .filter(p -> p.loginRole().equals(login))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anUpdateIsAuditedWithTheChangedColumnsAndTheActor() {
        Person before = newOperator();
        Person after = asAdmin.updateContact(before, "Shirin Akter", "+880 1711 555000");

        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.updatedBy()).isEqualTo(admin.login());
        var row = db.adminJdbi()
                .withHandle(h -> h.createQuery("""
                select actor, action, old_values::text as old, new_values::text as new, tenant_id
                  from core.audit_log where table_name = 'core.person' and row_id = :id and action = 'UPDATE'
                 order by id desc limit 1""")
                        .bind("id", before.id().toString())
                        .mapToMap()
                        .one());
        assertThat(row.get("actor")).isEqualTo(admin.login());
        assertThat((String) row.get("old"))
                .contains("\"display_name\": \"Test operator\"")
                .doesNotContain("version");
        assertThat((String) row.get("new"))
                .contains("\"display_name\": \"Shirin Akter\"")
                .contains("+880 1711 555000")
                .doesNotContain("app_role");
        assertThat(row.get("tenant_id")).isEqualTo(admin.tenantId());
    }

    @Test
    void aStaleVersionIsRejectedAndTheFirstChangeKept() {
        Person read = newOperator();
        asAdmin.updateContact(read, "First editor", null);
        assertThatThrownBy(() -> asAdmin.updateContact(read, "Second editor", null))
                .isInstanceOf(StaleDataException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(reread(read.loginRole()).displayName()).isEqualTo("First editor");
    }

    @Test
    void theDatabaseRefusesAStaleVersionInSecurityFunctionsToo() {
        Person read = newOperator();
        asAdmin.updateContact(read, "Changed meanwhile", null);
        assertThatThrownBy(() -> asAdmin.setRole(read, AppRole.SUPERVISOR))
                .hasMessageContaining("changed by someone else");
    }

    @Test
    void peopleChangesBumpTheirDataVersion() {
        Person operator = newOperator();
        long before = peopleVersion();
        asAdmin.updateContact(operator, "Bumped", null);
        assertThat(peopleVersion()).isEqualTo(before + 1);
    }

    @Test
    void stampsCannotBeForgedByTheClient() {
        Person operator = newOperator();
        db.adminJdbi().useHandle(h -> h.execute("grant update (updated_by) on core.person to plantdesk_admin"));
        try {
            db.jdbiAs(admin)
                    .useHandle(h -> h.execute(
                            "update core.person set updated_by = 'somebody else' where login_role = ?",
                            operator.loginRole()));
            Map<String, Object> row = db.adminJdbi()
                    .withHandle(h -> h.createQuery("select updated_by from core.person where login_role = :l")
                            .bind("l", operator.loginRole())
                            .mapToMap()
                            .one());
            assertThat(row.get("updated_by")).isEqualTo(admin.login());
        } finally {
            db.adminJdbi().useHandle(h -> h.execute("revoke update (updated_by) on core.person from plantdesk_admin"));
        }
    }

    private long peopleVersion() {
        return db.jdbiAs(admin)
                .withHandle(h -> h.createQuery(
                                "select coalesce((select version from core.data_version where domain = 'people'), 0)")
                        .mapTo(Long.class)
                        .one());
    }
}
