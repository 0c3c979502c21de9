package io.plantdesk.testkit;

import io.plantdesk.platform.admin.AdminService;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.platform.db.SslMode;
import io.plantdesk.platform.ids.Ids;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.NewPerson;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One test class's own copy of the migrated database. Tenants and people are made through the same
 * functions the CLI uses; {@link #connectAs} logs in over TCP with a password, as the app does.
 */
public final class TestDatabase {

    private final TestCluster cluster;
    private final String name;
    private final Ids ids = new Ids(Clock.systemUTC());
    private final List<String> logins = new ArrayList<>();

    TestDatabase(TestCluster cluster, String name) {
        this.cluster = cluster;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public Ids ids() {
        return ids;
    }

    /** The server's superuser on this database: for fixtures only, never for what is under test. */
    public DataSource admin() {
        return cluster.admin(name);
    }

    /** The embedded test server's log, to check what reaches it; empty on an external server. */
    public Optional<Path> serverLog() {
        return cluster.serverLog();
    }

    public Jdbi adminJdbi() {
        return Database.jdbiFor(admin());
    }

    public AdminService adminService() {
        return new AdminService(admin(), ids);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + cluster.host() + ":" + cluster.port() + "/" + name;
    }

    public ConnectionProfile profile() {
        return new ConnectionProfile(
                "test " + name, cluster.host(), cluster.port(), name, "", SslMode.DISABLE, Environment.DEV, false);
    }

    public UUID createTenant(String displayName) {
        String slug = cluster.uniqueLogin("p").replace('_', '-');
        return adminService().ensureTenant(displayName, slug);
    }

    public TestUser createUser(UUID tenant, AppRole role) {
        String login = cluster.uniqueLogin(role.dbValue());
        String password = "pw-" + UUID.randomUUID();
        UUID id = adminService()
                .createPerson(
                        tenant, new NewPerson("Test " + role.dbValue(), null, role, login, password.toCharArray()));
        logins.add(login);
        return new TestUser(tenant, id, login, password, role);
    }

    /** A plain JDBC connection as the person's own login role, over TCP with SCRAM. */
    public Connection connectAs(TestUser user) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user.login(), user.password());
    }

    public DataSource dataSourceAs(TestUser user) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(jdbcUrl());
        ds.setUser(user.login());
        ds.setPassword(user.password());
        return ds;
    }

    public Jdbi jdbiAs(TestUser user) {
        return Database.jdbiFor(dataSourceAs(user));
    }

    void dispose() {
        cluster.dropDatabase(name);
        for (String login : logins) {
            cluster.execute("postgres", "drop role if exists \"" + login + "\"");
        }
    }
}
