package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.people.AppRole;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Probe of issue 13, round 2, security 2: a person removes their own timeouts (ALTER ROLE ... RESET
 * ALL, SET per session), so the group's limits are enforced by core.end_overdue_sessions(), which
 * every client's scheduler calls. The limits are scaled down (an internal function the scheduler's
 * one calls with 1) so the test waits about a second, not a minute.
 */
@ExtendWith(PostgresExtension.class)
class SessionReaperTest {

    static TestDatabase db;
    static TestUser operatorA;
    static TestUser operatorB;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID a = db.createTenant("Plant A");
        operatorA = db.createUser(a, AppRole.OPERATOR);
        operatorB = db.createUser(db.createTenant("Plant B"), AppRole.OPERATOR);
    }

    private static int call(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aTransactionLeftOpenWithTheTimeoutsRemovedIsEndedByTheReaper() throws Exception {
        try (Connection victim = db.connectAs(operatorA);
                Connection admin = db.admin().getConnection()) {
            try (Statement s = victim.createStatement()) {
                // What the probe did: a person's own settings are theirs to reset.
                s.execute("alter role current_user reset all");
                s.execute("set idle_in_transaction_session_timeout = 0");
                s.execute("set statement_timeout = 0");
            }
            victim.setAutoCommit(false);
            victim.createStatement().execute("select 1"); // an unfinished change, then nothing
            Thread.sleep(1500); // beyond 1 min x 0.01 idle in transaction
            assertThat(call(admin, "select core.end_sessions_beyond(0.01)")).isGreaterThanOrEqualTo(1);
            assertThatThrownBy(() -> victim.createStatement().execute("select 1"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void anyPersonMayRunTheReaperButNotEndSessionsWithinTheirLimitsNorChooseTheLimits() throws Exception {
        try (Connection fresh = db.connectAs(operatorB);
                Connection other = db.connectAs(operatorA)) {
            fresh.setAutoCommit(false);
            fresh.createStatement().execute("select 1");
            assertThat(call(other, "select core.end_overdue_sessions()")).isZero();
            assertThat(fresh.isValid(2)).isTrue();
            assertThatThrownBy(() -> call(other, "select core.end_sessions_beyond(0.0001)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            fresh.rollback();
        }
    }

    /**
     * Security 2, the part a login's limit cannot do: many logins of one plant together. The
     * budget (the DBA's setting here) is kept by the reaper every client calls: the plant's newest
     * sessions beyond it end, its oldest and every other plant's stay.
     */
    @Test
    void aPlantsSessionsBeyondItsBudgetAreEndedNewestFirstAndOtherPlantsKeepTheirs() throws Exception {
        UUID plant = db.createTenant("Plant Budget");
        TestUser first = db.createUser(plant, AppRole.OPERATOR);
        TestUser second = db.createUser(plant, AppRole.SUPERVISOR);
        try (Connection admin = db.admin().getConnection()) {
            java.util.List<Connection> sessions = new java.util.ArrayList<>();
            try (Connection otherPlant = db.connectAs(operatorB)) {
                for (TestUser u : java.util.List.of(first, first, second, second, first)) {
                    sessions.add(db.connectAs(u));
                    Thread.sleep(20); // distinct start times: which is newest is not left to chance
                }
                // Set after the sessions opened (as when the DBA lowers it, or on a server without the login check).
                admin.createStatement()
                        .execute("update core.tenant set connection_budget = 3 where id = '" + plant + "'");
                assertThat(call(admin, "select core.end_overdue_sessions()")).isEqualTo(2);
                assertThat(sessions.stream().map(c -> valid(c)).toList())
                        .containsExactly(true, true, true, false, false);
                assertThat(otherPlant.isValid(2)).isTrue();
            } finally {
                for (Connection c : sessions) {
                    c.close();
                }
            }
        }
    }

    @Test
    void withoutTheDbasSettingAPlantMayUseEveryOrdinarySlotButTenForEachOtherPlantAndPeopleCannotRaiseIt()
            throws Exception {
        UUID plant = db.createTenant("Plant Default Budget");
        TestUser admin = db.createUser(plant, AppRole.ADMIN);
        try (Connection su = db.admin().getConnection();
                Connection person = db.connectAs(admin)) {
            int ordinary = call(
                    su,
                    "select current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int"
                            + " - coalesce(nullif(current_setting('reserved_connections', true), '')::int, 0)");
            int plants = call(su, "select count(*)::int from core.tenant");
            assertThat(call(person, "select core.connection_budget('" + plant + "')"))
                    .isEqualTo(Math.max(10, ordinary - 10 * (plants - 1)));
            assertThatThrownBy(
                            () -> person.createStatement().execute("update core.tenant set connection_budget = 1000"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> call(person, "select core.end_sessions_over_budget()"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    /** From PostgreSQL 17 on the budget is also kept at the door, with a sentence naming it (V021). */
    @Test
    void aSessionBeyondThePlantsBudgetIsRefusedAtLoginWithASentenceButThePlantsAdminGetsInToPutThingsRight()
            throws Exception {
        try (Connection su = db.admin().getConnection()) {
            org.junit.jupiter.api.Assumptions.assumeTrue(
                    call(su, "select current_setting('server_version_num')::int") >= 170000,
                    "login event triggers need PostgreSQL 17");
            UUID plant = db.createTenant("Plant Door");
            TestUser operator = db.createUser(plant, AppRole.OPERATOR);
            TestUser plantAdmin = db.createUser(plant, AppRole.ADMIN);
            su.createStatement().execute("update core.tenant set connection_budget = 2 where id = '" + plant + "'");
            try (Connection one = db.connectAs(operator);
                    Connection two = db.connectAs(operator)) {
                assertThatThrownBy(() -> db.connectAs(operator).close())
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(io.plantdesk.platform.db.DbErrors.translate((SQLException) e, null)
                                        .getMessage())
                                .contains("already uses all 2 connections of its connection budget"));
                // The plant's admin gets in to put things right: three sessions beyond the budget, not more
                // (else a plant admin's own logins could take the server's slots).
                java.util.List<Connection> admins = new java.util.ArrayList<>();
                try {
                    for (int i = 0; i < 3; i++) {
                        admins.add(db.connectAs(plantAdmin));
                    }
                    assertThat(admins.getFirst().isValid(2)).isTrue();
                    assertThatThrownBy(() -> db.connectAs(plantAdmin).close())
                            .isInstanceOf(SQLException.class)
                            .hasMessageContaining("connection budget");
                } finally {
                    for (Connection c : admins) {
                        c.close();
                    }
                }
                assertThat(one.isValid(2) && two.isValid(2)).isTrue();
            }
            try (Connection again = db.connectAs(operator)) {
                assertThat(again.isValid(2))
                        .as("a slot of the budget is free again")
                        .isTrue();
            }
        }
    }

    private static boolean valid(Connection c) {
        try {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
