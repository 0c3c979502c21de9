package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.NewPerson;
import io.plantdesk.platform.people.PeopleService;
import io.plantdesk.platform.people.Person;
import io.plantdesk.platform.session.LoginService;
import io.plantdesk.platform.session.Session;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** People get their own login roles in the right group; logging in finds their plant and role. */
@ExtendWith(PostgresExtension.class)
class PeopleAndLoginTest {

    static TestDatabase db;
    static TestUser admin;
    static PeopleService asAdmin;
    static final LoginService LOGIN = new LoginService();

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID plant = db.createTenant("People plant");
        admin = db.createUser(plant, AppRole.ADMIN);
        asAdmin = new PeopleService(db.jdbiAs(admin), db.ids());
    }

    private static String login(String hint) {
        return "p" + Long.toString(System.nanoTime(), 36) + "_" + hint;
    }

    @Test
    void anAdminCreatesAPersonWhoCanLogInInTheirGroup() throws SQLException {
        String name = login("tech");
        Person p = asAdmin.create(new NewPerson(
                "Rafiq Islam", "+880 1711 000104", AppRole.TECHNICIAN, name, "a-long-password".toCharArray()));
        assertThat(p.appRole()).isEqualTo(AppRole.TECHNICIAN);
        try (Session s = LOGIN.login(db.profile(), name, "a-long-password".toCharArray())) {
            assertThat(s.person().displayName()).isEqualTo("Rafiq Islam");
            assertThat(s.tenantName()).isEqualTo("People plant");
            assertThat(s.role()).isEqualTo(AppRole.TECHNICIAN);
        }
        try (Connection c =
                        db.connectAs(new TestUser(p.tenantId(), p.id(), name, "a-long-password", AppRole.TECHNICIAN));
                ResultSet rs = c.createStatement()
                        .executeQuery("select pg_has_role(session_user, 'plantdesk_technician', 'member'), "
                                + "pg_has_role(session_user, 'plantdesk_admin', 'member')")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isTrue();
            assertThat(rs.getBoolean(2)).isFalse();
        }
    }

    @Test
    void aTakenOrReservedLoginNameIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> asAdmin.create(
                        new NewPerson("Dup", null, AppRole.OPERATOR, admin.login(), "a-long-password".toCharArray())))
                .isInstanceOf(PlantdeskException.class)
                .hasMessageContaining("already taken");
        assertThatThrownBy(() -> asAdmin.create(
                        new NewPerson("X", null, AppRole.OPERATOR, "plantdesk_admin", "a-long-password".toCharArray())))
                .hasMessageContaining("may not start with");
        assertThatThrownBy(() -> asAdmin.create(
                        new NewPerson("X", null, AppRole.OPERATOR, "postgres", "a-long-password".toCharArray())))
                .hasMessageContaining("already taken");
        assertThatThrownBy(() ->
                        asAdmin.create(new NewPerson("", null, AppRole.OPERATOR, login("x"), "short".toCharArray())))
                .hasMessageContaining("name")
                .hasMessageContaining("at least 10");
    }

    @Test
    void anOperatorCannotCreatePeople() {
        TestUser op = db.createUser(admin.tenantId(), AppRole.OPERATOR);
        PeopleService asOperator = new PeopleService(db.jdbiAs(op), db.ids());
        assertThatThrownBy(() -> asOperator.create(
                        new NewPerson("Y", null, AppRole.ADMIN, login("y"), "a-long-password".toCharArray())))
                .isInstanceOf(PlantdeskException.class)
                .hasMessageContaining("not allowed");
    }

    @Test
    void aDeactivatedPersonCannotLogInAndTheLastAdminStays() {
        TestUser op = db.createUser(admin.tenantId(), AppRole.OPERATOR);
        Person p = find(op.login());
        asAdmin.setActive(p, false);
        assertThatThrownBy(() -> LOGIN.login(db.profile(), op.login(), op.passwordChars()))
                .isInstanceOf(PlantdeskException.class);
        Person me = find(admin.login());
        assertThatThrownBy(() -> asAdmin.setRole(me, AppRole.PLANNER))
                .hasMessageContaining("at least one active admin");
        assertThatThrownBy(() -> asAdmin.setActive(find(admin.login()), false))
                .hasMessageContaining("at least one active admin");
    }

    @Test
    void aPersonChangesTheirOwnPassword() {
        TestUser op = db.createUser(admin.tenantId(), AppRole.OPERATOR);
        try (Session s = LOGIN.login(db.profile(), op.login(), op.passwordChars())) {
            new PeopleService(s.database().jdbi(), db.ids())
                    .changeOwnPassword(op.login(), "my-new-secret-1".toCharArray());
        }
        assertThatThrownBy(() -> LOGIN.login(db.profile(), op.login(), op.passwordChars()))
                .hasMessageContaining("not right");
        try (Session s = LOGIN.login(db.profile(), op.login(), "my-new-secret-1".toCharArray())) {
            assertThat(s.person().loginRole()).isEqualTo(op.login());
        }
    }

    @Test
    void anAdminResetsAPassword() {
        TestUser op = db.createUser(admin.tenantId(), AppRole.OPERATOR);
        asAdmin.resetPassword(find(op.login()), "reset-by-admin".toCharArray());
        try (Session s = LOGIN.login(db.profile(), op.login(), "reset-by-admin".toCharArray())) {
            assertThat(s.role()).isEqualTo(AppRole.OPERATOR);
        }
    }

    @Test
    void aWrongPasswordSaysSo() {
        assertThatThrownBy(() -> LOGIN.login(db.profile(), admin.login(), "wrong-password".toCharArray()))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("The user name or password is not right.");
    }

    @Test
    void anUnreachableServerSaysSo() throws Exception {
        int closed = TestCluster.freePort();
        ConnectionProfile nowhere = db.profile().withPort(closed);
        assertThatThrownBy(() -> LOGIN.login(nowhere, admin.login(), admin.passwordChars()))
                .isInstanceOf(PlantdeskException.class)
                // localhost: on this computer, so no network cable or Wi-Fi in the sentence (issue 13, round 2)
                .hasMessageContaining(
                        "The database server on this computer at localhost:" + closed + " is not answering");
    }

    @Test
    void aDatabaseBehindThisBuildIsRefusedWithAdvice() {
        TestUser other = db.createUser(admin.tenantId(), AppRole.PLANNER);
        db.adminJdbi()
                .useHandle(
                        h -> h.execute(
                                "update public.flyway_schema_history set success = false where version = (select max(version) from public.flyway_schema_history)"));
        try {
            assertThatThrownBy(() -> LOGIN.login(db.profile(), other.login(), other.passwordChars()))
                    .isInstanceOf(PlantdeskException.class)
                    .satisfies(e ->
                            assertThat(((PlantdeskException) e).fullMessage()).contains("plantdesk migrate"));
        } finally {
            db.adminJdbi().useHandle(h -> h.execute("update public.flyway_schema_history set success = true"));
        }
    }

    private Person find(String login) {
        return asAdmin.page(0, 100).people().stream()
                .filter(p -> p.loginRole().equals(login))
                .findFirst()
                .orElseThrow();
    }
}
