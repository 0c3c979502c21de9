package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.people.AppRole;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two plants, people of each; as each person's own login role with raw SQL, nothing of the other
 * plant can be seen or changed, whatever the session tries (SET, set_config, SET ROLE, RESET ROLE).
 */
@ExtendWith(PostgresExtension.class)
class TenantIsolationTest {

    static TestDatabase db;
    static UUID plantA;
    static UUID plantB;
    static TestUser operatorA;
    static TestUser adminA;
    static TestUser adminB;
    static final UUID WIDGET_A = UUID.randomUUID();
    static final UUID WIDGET_B = UUID.randomUUID();

    /** Session tricks a hostile client might try before reading or writing. */
    static final List<String> TRICKS = List.of(
            "",
            "set plantdesk.tenant = '%B%'",
            "select set_config('plantdesk.tenant', '%B%', false)",
            "set role plantdesk_operator",
            "reset role",
            "set search_path = public, core");

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        plantA = db.createTenant("Plant A");
        plantB = db.createTenant("Plant B");
        operatorA = db.createUser(plantA, AppRole.OPERATOR);
        adminA = db.createUser(plantA, AppRole.ADMIN);
        adminB = db.createUser(plantB, AppRole.ADMIN);
        db.createUser(plantB, AppRole.OPERATOR);
        // A tenant table made exactly as a feature migration makes one.
        db.adminJdbi().useHandle(h -> {
            h.execute("""
                    create table core.widget (
                        tenant_id uuid not null references core.tenant (id),
                        id uuid not null,
                        name text not null,
                        created_at timestamptz not null, created_by text not null,
                        updated_at timestamptz not null, updated_by text not null,
                        version int not null,
                        primary key (tenant_id, id))""");
            h.execute("select core.enable_tenant_rls('core.widget')");
            h.execute("select core.attach_row_triggers('core.widget')");
            h.execute("grant select, insert, update, delete on core.widget to plantdesk_operator, plantdesk_admin");
            h.execute("insert into core.widget (tenant_id, id, name) values (?, ?, 'widget of A')", plantA, WIDGET_A);
            h.execute("insert into core.widget (tenant_id, id, name) values (?, ?, 'widget of B')", plantB, WIDGET_B);
        });
    }

    private Connection connectWithTrick(TestUser user, String trick) throws SQLException {
        Connection c = db.connectAs(user);
        if (!trick.isEmpty()) {
            try (Statement s = c.createStatement()) {
                s.execute(trick.replace("%B%", plantB.toString()));
            }
        }
        return c;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void eachTrickStillSeesOnlyTheOwnPlant() throws SQLException {
        for (String trick : TRICKS) {
            try (Connection c = connectWithTrick(operatorA, trick)) {
                assertThat(count(c, "select count(*) from core.widget"))
                        .as(trick)
                        .isEqualTo(1);
                assertThat(count(c, "select count(*) from core.widget where tenant_id = '" + plantB + "'"))
                        .as(trick)
                        .isZero();
                assertThat(count(c, "select count(*) from core.tenant"))
                        .as(trick)
                        .isEqualTo(1);
                assertThat(count(c, "select count(*) from core.person where tenant_id = '" + plantB + "'"))
                        .as(trick)
                        .isZero();
                assertThat(count(c, "select count(*) from core.person"))
                        .as(trick)
                        .isEqualTo(2);
                assertThat(count(c, "select count(*) from core.data_version where tenant_id <> '" + plantA + "'"))
                        .as(trick)
                        .isZero();
            }
        }
    }

    @Test
    void updatesAndDeletesOfTheOtherPlantChangeNothing() throws SQLException {
        for (String trick : TRICKS) {
            try (Connection c = connectWithTrick(operatorA, trick);
                    Statement s = c.createStatement()) {
                assertThat(s.executeUpdate("update core.widget set name = 'hacked' where id = '" + WIDGET_B + "'"))
                        .as(trick)
                        .isZero();
                assertThat(s.executeUpdate("update core.widget set name = 'hacked' where tenant_id = '" + plantB + "'"))
                        .as(trick)
                        .isZero();
                assertThat(s.executeUpdate("delete from core.widget where id = '" + WIDGET_B + "'"))
                        .as(trick)
                        .isZero();
                assertThat(s.executeUpdate("delete from core.widget where true and tenant_id <> '" + plantA + "'"))
                        .as(trick)
                        .isZero();
            }
        }
        String name = db.adminJdbi()
                .withHandle(h -> h.createQuery("select name from core.widget where id = :id")
                        .bind("id", WIDGET_B)
                        .mapTo(String.class)
                        .one());
        assertThat(name).isEqualTo("widget of B");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "insert into core.widget (tenant_id, id, name) values ('%B%', gen_random_uuid(), 'planted')",
                "update core.widget set tenant_id = '%B%' where id = '%WA%'",
                "insert into core.tenant (id, name, slug) values (gen_random_uuid(), 'Fake', 'fake-plant')",
                "insert into core.person (tenant_id, id, display_name, app_role, login_role) values ('%B%', gen_random_uuid(), 'x', 'admin', 'xyz_fake')",
                "update core.person set app_role = 'admin'",
                "insert into core.audit_log (tenant_id, table_name, row_id, action) values ('%B%', 'x', 'y', 'INSERT')",
                "insert into core.data_version (tenant_id, domain) values ('%B%', 'people')",
                "set role plantdesk_admin",
                "set session authorization postgres",
                "select core.create_person_in('%B%', gen_random_uuid(), 'x', null, 'admin', 'evil_admin', 'SCRAM-SHA-256$x')",
                "select core.create_person(gen_random_uuid(), 'x', null, 'admin', 'evil_admin2', 'SCRAM-SHA-256$x')",
                "create role evil_role login",
                "alter role plantdesk_operator bypassrls"
            })
    void writesIntoTheOtherPlantOrEscalationsAreRefused(String sql) throws SQLException {
        for (String trick : TRICKS) {
            try (Connection c = connectWithTrick(operatorA, trick);
                    Statement s = c.createStatement()) {
                String statement = sql.replace("%B%", plantB.toString()).replace("%WA%", WIDGET_A.toString());
                assertThatThrownBy(() -> s.execute(statement))
                        .as(trick + " / " + statement)
                        .isInstanceOf(SQLException.class);
            }
        }
        long left = db.adminJdbi()
                .withHandle(h -> h.createQuery("select count(*) from core.widget where tenant_id = :b")
                        .bind("b", plantB)
                        .mapTo(Long.class)
                        .one());
        assertThat(left).isEqualTo(1);
    }

    @Test
    void anAdminCannotManagePeopleOfAnotherPlant() throws SQLException {
        try (Connection c = db.connectAs(adminA);
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute(
                            "select core.reset_person_password('" + adminB.personId() + "', 'SCRAM-SHA-256$4096:abc')"))
                    .hasMessageContaining("no such person");
            assertThatThrownBy(() -> s.execute("select core.set_person_active('" + adminB.personId() + "', 1, false)"))
                    .hasMessageContaining("changed by someone else");
            assertThatThrownBy(() -> s.execute("alter role \"" + adminB.login() + "\" password 'x'"))
                    .isInstanceOf(SQLException.class);
            assertThat(count(c, "select count(*) from core.audit_log where tenant_id = '" + plantB + "'"))
                    .isZero();
            assertThat(count(c, "select count(*) from core.audit_log")).isPositive();
        }
    }

    @Test
    void theOtherPlantsAdminSeesTheirOwnRowsUntouched() throws SQLException {
        try (Connection c = db.connectAs(adminB)) {
            assertThat(count(c, "select count(*) from core.widget where name = 'widget of B'"))
                    .isEqualTo(1);
            assertThat(count(c, "select count(*) from core.widget")).isEqualTo(1);
        }
    }
}
