package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.plantdesk.platform.db.Scram;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.rollup.RollupRunner;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An attacker holding a valid login of one plant, with psql (issue 13, Security 2, 3, 4, 8, 9):
 * connection limits and timeouts per login, no TEMP or large objects, server-side verifier checks,
 * rollups that another plant cannot block, and rollup errors only the engine writes.
 */
@ExtendWith(PostgresExtension.class)
class LoginHardeningTest {

    static TestDatabase db;
    static UUID plantA;
    static UUID plantB;
    static TestUser operatorA;
    static TestUser adminA;
    static TestUser plannerB;
    static TestUser operatorB;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        plantA = db.createTenant("Plant A");
        plantB = db.createTenant("Plant B");
        operatorA = db.createUser(plantA, AppRole.OPERATOR);
        adminA = db.createUser(plantA, AppRole.ADMIN);
        plannerB = db.createUser(plantB, AppRole.PLANNER);
        operatorB = db.createUser(plantB, AppRole.OPERATOR);
    }

    private static String show(TestUser who, String setting) throws SQLException {
        try (Connection c = db.connectAs(who);
                var rs = c.createStatement().executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void oneLoginCannotTakeEveryConnection() throws Exception {
        List<Connection> open = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                open.add(db.connectAs(operatorA));
            }
            assertThatThrownBy(() -> db.connectAs(operatorA).close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("too many connections for role");
            // Everyone else still gets in.
            db.connectAs(operatorB).close();
        } finally {
            for (Connection c : open) {
                c.close();
            }
        }
    }

    @Test
    void eachGroupCarriesItsTimeoutsOnEveryLogin() throws Exception {
        assertThat(show(operatorA, "statement_timeout")).isEqualTo("30s");
        assertThat(show(plannerB, "statement_timeout")).isEqualTo("2min");
        assertThat(show(adminA, "statement_timeout")).isEqualTo("5min");
        assertThat(show(operatorA, "idle_in_transaction_session_timeout")).isEqualTo("1min");
        assertThat(show(operatorA, "lock_timeout")).isEqualTo("15s");
    }

    @Test
    void temporaryFilesAreBoundedPerLoginAndAdminsHaveTheReservedConnections() throws Exception {
        boolean superuserMigrated = db.adminJdbi()
                .withHandle(h -> h.createQuery("select rolsuper from pg_roles where rolname = current_user")
                        .mapTo(Boolean.class)
                        .one());
        assumeTrue(superuserMigrated, "only a superuser migrator can grant these");
        assertThat(show(operatorA, "temp_file_limit")).isEqualTo("1GB");
        boolean pg16 = db.adminJdbi()
                .withHandle(h -> h.createQuery("select current_setting('server_version_num')::int >= 160000")
                        .mapTo(Boolean.class)
                        .one());
        if (pg16) {
            String check = "select pg_has_role(:who, 'pg_use_reserved_connections', 'USAGE')";
            boolean admin = db.adminJdbi()
                    .withHandle(h -> h.createQuery(check)
                            .bind("who", adminA.login())
                            .mapTo(Boolean.class)
                            .one());
            boolean operator = db.adminJdbi()
                    .withHandle(h -> h.createQuery(check)
                            .bind("who", operatorA.login())
                            .mapTo(Boolean.class)
                            .one());
            assertThat(admin).isTrue();
            assertThat(operator).isFalse();
        }
    }

    @Test
    void peopleHaveNoTemporaryTablesAndNoLargeObjects() throws Exception {
        try (Connection c = db.connectAs(operatorA);
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("create temporary table filler (x text)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
        try (Connection c = db.connectAs(operatorA);
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("select lo_from_bytea(0, repeat('x', 1000)::bytea)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    /** A verifier of the right shape with the given iterations (the keys need not match a password). */
    private static String verifier(int iterations) {
        Base64.Encoder b = Base64.getEncoder();
        return "SCRAM-SHA-256$" + iterations + ":" + b.encodeToString(new byte[16]) + "$"
                + b.encodeToString(new byte[32]) + ":" + b.encodeToString(new byte[32]);
    }

    @Test
    void theServerRefusesMalformedAndWeakVerifiers() {
        var admin = db.jdbiAs(adminA);
        for (String bad : List.of(
                "SCRAM-SHA-256$not a verifier", "SCRAM-SHA-256$" + "plain-password", verifier(1), verifier(4095))) {
            assertThatThrownBy(() -> admin.useHandle(
                            h -> h.createQuery("select core.create_person(:id, 'Weak', null, 'operator', :login, :v)")
                                    .bind("id", db.ids().next())
                                    .bind("login", "weak" + Math.abs(bad.hashCode()))
                                    .bind("v", bad)
                                    .mapTo(String.class)
                                    .one()))
                    .hasMessageContaining("verifier");
            assertThatThrownBy(() -> admin.useHandle(h -> h.createQuery("select core.reset_person_password(:id, :v)")
                            .bind("id", operatorA.personId())
                            .bind("v", bad)
                            .mapTo(String.class)
                            .one()))
                    .hasMessageContaining("verifier");
        }
        admin.useHandle(h -> h.createQuery("select core.reset_person_password(:id, :v)")
                .bind("id", operatorA.personId())
                .bind("v", Scram.verifier(operatorA.passwordChars()))
                .mapTo(String.class)
                .one());
    }

    @Test
    void reservedLoginNamesAreRefusedByTheServerToo() {
        assertThatThrownBy(() -> db.jdbiAs(adminA)
                        .useHandle(h -> h.createQuery(
                                        "select core.create_person(:id, 'Nobody', null, 'operator', 'none', :v)")
                                .bind("id", db.ids().next())
                                .bind("v", Scram.verifier("a-long-password-1".toCharArray()))
                                .mapTo(String.class)
                                .one()))
                .hasMessageContaining("reserved")
                .satisfies(e -> assertThat(e.toString()).doesNotContain("SCRAM-SHA-256$"));
    }

    @Test
    void noPasswordVerifierReachesTheServerLog() throws Exception {
        assumeTrue(db.serverLog().isPresent(), "only the embedded server's log is at hand");
        String reserved = Scram.verifier("reserved-name-password-1".toCharArray());
        assertThatThrownBy(() -> db.adminJdbi()
                        .useHandle(h -> h.createQuery(
                                        "select core.create_person_in(:t, :id, 'Nobody', null, 'operator', 'none', :v)")
                                .bind("t", plantA)
                                .bind("id", db.ids().next())
                                .bind("v", reserved)
                                .mapTo(String.class)
                                .one()))
                .hasMessageContaining("reserved");
        // passwordcheck (where loaded) refuses a password equal to the login: the ALTER ROLE fails.
        String sameAsLogin = Scram.verifier(operatorA.login().toCharArray());
        try {
            db.jdbiAs(adminA)
                    .useHandle(h -> h.createQuery("select core.reset_person_password(:id, :v)")
                            .bind("id", operatorA.personId())
                            .bind("v", sameAsLogin)
                            .mapTo(String.class)
                            .one());
            db.jdbiAs(adminA)
                    .useHandle(h -> h.createQuery("select core.reset_person_password(:id, :v)")
                            .bind("id", operatorA.personId())
                            .bind("v", Scram.verifier(operatorA.passwordChars()))
                            .mapTo(String.class)
                            .one());
        } catch (RuntimeException refused) {
            assertThat(refused.toString()).doesNotContain("SCRAM-SHA-256$");
        }
        String log = java.nio.file.Files.readString(db.serverLog().get());
        assertThat(log).doesNotContain(reserved).doesNotContain(sameAsLogin).doesNotContain("SCRAM-SHA-256$");
    }

    @Test
    void aPersonCannotSetAWeakPlainPasswordWhereTheServerLoadsPasswordcheck() throws Exception {
        boolean loaded = db.adminJdbi()
                .withHandle(
                        h -> h.createQuery("select current_setting('shared_preload_libraries') like '%passwordcheck%'")
                                .mapTo(Boolean.class)
                                .one());
        assumeTrue(loaded, "this server does not load passwordcheck");
        try (Connection c = db.connectAs(operatorB);
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("alter role current_user password 'a'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password is too short");
        }
    }

    @Test
    void anotherPlantCannotStopThisPlantsRollups() throws Exception {
        // Plant A's operator takes what used to be plant B's advisory-lock key and holds it.
        try (Connection attacker = db.connectAs(operatorA);
                Statement s = attacker.createStatement()) {
            s.execute("select pg_advisory_lock(hashtext('plantdesk.rollup:activity'), hashtext('" + plantB + "'))");
            var run = new RollupRunner(db.jdbiAs(plannerB)).runOnce("activity", 5);
            assertThat(run.busy()).isFalse();
            // And the state rows the engine locks instead cannot be locked by a person at all.
            assertThatThrownBy(() -> s.execute("select 1 from core.rollup_state for update nowait"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void aMigrationWaitingForAPersonsUnfinishedChangeSaysWhoHoldsIt() throws Exception {
        try (Connection op = db.connectAs(operatorA)) {
            op.setAutoCommit(false);
            op.createStatement().execute("select count(*) from core.person"); // and then the person goes for tea
            List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
            try (var watcher = io.plantdesk.platform.db.LockWaitWatcher.start(
                            db.admin(), java.time.Duration.ofMillis(300), said::add);
                    Connection admin = db.admin().getConnection()) {
                admin.setAutoCommit(false);
                // On a thread of its own: on two cores the common pool has one thread, and a task
                // another test left there kept the migration from starting within the wait (CI, once).
                var migration = java.util.concurrent.CompletableFuture.runAsync(
                        () -> {
                            try {
                                admin.createStatement()
                                        .execute("alter table core.person add column waiting_for_tea int");
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        r -> Thread.ofPlatform()
                                .daemon()
                                .name("migration-under-test")
                                .start(r));
                long deadline = System.nanoTime() + 20_000_000_000L;
                while (said.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                op.rollback();
                migration.get(30, java.util.concurrent.TimeUnit.SECONDS);
                admin.rollback();
            }
            assertThat(said)
                    .singleElement()
                    .asString()
                    .contains("login \"" + operatorA.login() + "\"")
                    .contains("unfinished change open for");
        }
    }

    @Test
    void onlyTheEngineWritesARollupsError() throws Exception {
        try (Connection c = db.connectAs(operatorA);
                Statement s = c.createStatement()) {
            assertThatThrownBy(
                            () -> s.execute("select core.record_rollup_error('activity', 'Call 555-0100 to fix this')"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }
}
