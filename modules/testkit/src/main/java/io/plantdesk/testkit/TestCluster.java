package io.plantdesk.testkit;

import io.plantdesk.platform.db.Migrator;
import io.plantdesk.platform.embedded.EmbeddedServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server of one test run, shared by every test class of the JVM. The template
 * database is migrated once; {@link #newDatabase()} copies it in a few milliseconds.
 */
final class TestCluster {

    static final String URL_VARIABLE = "PLANTDESK_TEST_DB_URL";
    /** A PostgreSQL 15 superuser URL to use instead of the embedded 15 (e.g. the Debian cluster). */
    static final String URL15_VARIABLE = "PLANTDESK_TEST_DB15_URL";
    /** The zonky PostgreSQL 15 binaries jar the build copies beside the tests (modules/testkit/pom.xml). */
    static final String PG15_BINARIES_PROPERTY = "plantdesk.test.pg15.binaries";

    private static TestCluster instance;
    private static TestCluster pg15;

    private final String host;
    private final int port;
    private final AdminSource admin;
    private final String runId;
    private final String template;
    private final AtomicInteger counter = new AtomicInteger();
    /** The embedded server's log; null for a server in PLANTDESK_TEST_DB_URL. */
    private Path serverLog;

    /** How to reach the server as its superuser, for a given database. */
    interface AdminSource {
        DataSource forDatabase(String database);
    }

    private TestCluster(String host, int port, AdminSource admin) {
        this.host = host;
        this.port = port;
        this.admin = admin;
        this.runId = Long.toString(ProcessHandle.current().pid(), 36) + Long.toString(System.nanoTime() % 46656, 36);
        this.template = "pd_tpl_" + runId;
    }

    static synchronized TestCluster get() {
        if (instance == null) {
            instance = start();
            instance.createTemplate();
        }
        return instance;
    }

    /**
     * A second server of PostgreSQL 15, the oldest major version Plantdesk supports: its catalogs
     * differ from 18's (NOT NULL is no constraint there), so whatever compares catalogs is tested
     * with environments on 15 and the scratch database on the bundled 18. No template: the
     * tracker's tests build their environments from empty databases.
     */
    static synchronized TestCluster pg15() {
        if (pg15 == null) {
            String url = System.getenv(URL15_VARIABLE);
            pg15 = url != null && !url.isBlank() ? external(url) : Pg15Server.start();
        }
        return pg15;
    }

    static TestCluster of(String host, int port, AdminSource admin) {
        return new TestCluster(host, port, admin);
    }

    /** The server's major version, e.g. 15 or 18. */
    int majorVersion() {
        try (Connection c = admin.forDatabase("postgres").getConnection();
                Statement s = c.createStatement();
                var rs = s.executeQuery("show server_version_num")) {
            rs.next();
            return Integer.parseInt(rs.getString(1)) / 10000;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestCluster start() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return external(url);
        }
        try {
            Path root = Files.createTempDirectory("plantdesk-testdb");
            int port = freePort();
            EmbeddedServer server = EmbeddedServer.start(
                    root.resolve("pgdata"), root.resolve("pgbin"), root.resolve("postgres.log"), port);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "testdb-stop"));
            TestCluster cluster = new TestCluster("localhost", port, server::adminDataSource);
            cluster.serverLog = root.resolve("postgres.log");
            return cluster;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL for tests", e);
        }
    }

    /** jdbc:postgresql://host:port/db?user=...&password=... of a superuser on another server. */
    private static TestCluster external(String url) {
        URI uri = URI.create(url.substring("jdbc:".length()));
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        return new TestCluster(uri.getHost(), port, db -> {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            ds.setDatabaseName(db);
            return ds;
        });
    }

    private void createTemplate() {
        execute("postgres", "create database " + template);
        Migrator.migrate(admin.forDatabase(template));
    }

    String newDatabase() {
        String name = ("pd_test_" + runId + "_" + counter.incrementAndGet()).toLowerCase(Locale.ROOT);
        execute("postgres", "create database " + name + " template " + template);
        // A copy does not inherit the template's database privileges; the migration revokes TEMP
        // on the database it runs in (V011), so the copy gets the same.
        execute("postgres", "revoke temporary on database " + name + " from public");
        return name;
    }

    void dropDatabase(String name) {
        execute("postgres", "drop database if exists " + name + " with (force)");
    }

    String uniqueLogin(String hint) {
        return ("t" + runId + "_" + counter.incrementAndGet() + "_" + hint).toLowerCase(Locale.ROOT);
    }

    void execute(String database, String sql) {
        try (Connection c = admin.forDatabase(database).getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    DataSource admin(String database) {
        return admin.forDatabase(database);
    }

    Optional<Path> serverLog() {
        return Optional.ofNullable(serverLog);
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
