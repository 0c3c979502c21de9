package io.plantdesk.testkit;

import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.migrations.service.MigrationService;
import io.plantdesk.migrations.service.ScratchServer;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.platform.db.SslMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Environments for the tracker's tests: empty databases on one server (PostgreSQL 18 or 15),
 * scratch databases always on the bundled 18, as in the app. {@link #dropAll} after each test.
 */
final class TrackerEnvironments {

    static final ScratchServer SCRATCH = new ScratchServer() {
        @Override
        public DataSource create(String database) {
            TestCluster.get().execute("postgres", "create database " + database);
            return TestCluster.get().admin(database);
        }

        @Override
        public void drop(String database) {
            TestCluster.get().dropDatabase(database);
        }
    };

    final TestCluster cluster;
    private final List<String> created = new ArrayList<>();

    TrackerEnvironments(TestCluster cluster) {
        this.cluster = cluster;
    }

    ConnectionProfile create(String name, Environment tag) {
        String db = cluster.uniqueLogin("env").replace('-', '_');
        cluster.execute("postgres", "create database " + db);
        created.add(db);
        return new ConnectionProfile(name, cluster.host(), cluster.port(), db, "", SslMode.DISABLE, tag, false);
    }

    DataSource admin(ConnectionProfile env) {
        return cluster.admin(env.database());
    }

    MigrationService service(ScriptSet set, ConnectionProfile... envs) {
        return new MigrationService(set, List.of(envs), env -> cluster.admin(env.database()), SCRATCH);
    }

    void sql(ConnectionProfile env, String... statements) {
        try (Connection c = admin(env).getConnection();
                Statement s = c.createStatement()) {
            for (String st : statements) {
                s.execute(st);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(ConnectionProfile env, String query) {
        try (Connection c = admin(env).getConnection();
                Statement s = c.createStatement();
                var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void dropAll() {
        created.forEach(cluster::dropDatabase);
        created.clear();
    }
}
