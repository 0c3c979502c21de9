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
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aTransactionLeftOpenWithTheTimeoutsRemovedIsEndedByTheReaper() throws Exception {
        try (Connection victim = db.connectAs(operatorA); Connection admin = db.admin().getConnection()) {
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
            assertThatThrownBy(() -> victim.createStatement().execute("select 1")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void anyPersonMayRunTheReaperButNotEndSessionsWithinTheirLimitsNorChooseTheLimits() throws Exception {
        try (Connection fresh = db.connectAs(operatorB); Connection other = db.connectAs(operatorA)) {
            fresh.setAutoCommit(false);
            fresh.createStatement().execute("select 1");
            assertThat(call(other, "select core.end_overdue_sessions()")).isZero();
            assertThat(fresh.isValid(2)).isTrue();
            assertThatThrownBy(() -> call(other, "select core.end_sessions_beyond(0.0001)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            fresh.rollback();
        }
    }
}
