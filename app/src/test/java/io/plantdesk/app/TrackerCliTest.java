package io.plantdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.app.cli.RootCommand;
import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.platform.db.SslMode;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tracker's commands as a DBA runs them (issue 12 and issue 13, security 5): profiles on a
 * real server, an admin login whose password comes from PLANTDESK_ADMIN_PASSWORD (set for these
 * tests in app/pom.xml), and every migrate through the tracker's guards.
 */
@ExtendWith(PostgresExtension.class)
class TrackerCliTest {

    private static final String ADMIN_PW = "cli-test-admin-pw";
    private static final String STAGING_PW = "cli-test-staging-pw";

    private final TestDatabase db;
    private final String admin = "cli_admin_" + Long.toString(System.nanoTime(), 36);
    private final List<String> databases = new CopyOnWriteArrayList<>();

    @TempDir
    Path home;

    private AppContext ctx;
    private String out;
    private String err;

    TrackerCliTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void anAdminLoginAndAnAppHome() {
        sql("create role " + admin + " login superuser password '" + ADMIN_PW + "'");
        ctx = new AppContext(
                AppPaths.of(java.util.Map.of(AppPaths.HOME_VARIABLE, home.toString()), "Linux", home),
                n -> TaskRunner.sameThread());
    }

    @AfterEach
    void dropThem() {
        ctx.close();
        databases.forEach(d -> sql("drop database if exists " + d + " with (force)"));
        sql("drop role if exists " + admin);
    }

    private void sql(String statement) {
        try (Connection c = db.admin().getConnection();
                Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    private long count(String database, String query) {
        try (Connection c = java.sql.DriverManager.getConnection(
                        db.jdbcUrl().replace("/" + db.name(), "/" + database), admin, ADMIN_PW);
                Statement s = c.createStatement();
                var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An empty database on the test server, saved as a profile. */
    private ConnectionProfile profile(String name, Environment tag) {
        String database = "cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        sql("create database " + database);
        databases.add(database);
        ConnectionProfile p = new ConnectionProfile(
                name, db.profile().host(), db.profile().port(), database, "", SslMode.DISABLE, tag, false);
        ctx.profiles().save(p);
        return p;
    }

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            var cl = RootCommand.commandLine(ctx);
            cl.setOut(new java.io.PrintWriter(System.out, true));
            cl.setErr(new java.io.PrintWriter(System.err, true));
            return cl.execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            out = o.toString(StandardCharsets.UTF_8);
            err = e.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void demoDataNeverMigratesOrSeedsProductionAndMigrateRefusesItWithoutStaging() {
        ConnectionProfile prod = profile("Prod", Environment.PRODUCTION);
        assertThat(run("demo-data", "--profile", "Prod", "--admin-user", admin)).isEqualTo(2);
        assertThat(err).contains("Prod is production: the demo plant is never seeded there.");
        assertThat(run("migrate", "--profile", "Prod", "--admin-user", admin)).isEqualTo(2);
        assertThat(err).contains("type its name to confirm");
        assertThat(run("migrate", "--profile", "Prod", "--admin-user", admin, "--confirm", "Prod"))
                .isEqualTo(2);
        assertThat(err).contains("no environment is tagged staging");
        assertThat(count(prod.database(), "select count(*) from pg_tables where tablename = 'flyway_schema_history'"))
                .isZero();
    }

    @Test
    void theGateReadsStagingElsewhereOnlyWithStagingsOwnPassword() throws Exception {
        profile("Prod", Environment.PRODUCTION);
        List<String> received = new CopyOnWriteArrayList<>();
        try (ServerSocket fake = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> captureCleartextPasswords(fake, received));
            ctx.profiles()
                    .save(new ConnectionProfile(
                            "Staging",
                            "127.0.0.1",
                            fake.getLocalPort(),
                            "plantdesk",
                            "",
                            SslMode.DISABLE,
                            Environment.STAGING,
                            false));
            assertThat(run("migrate", "--profile", "Prod", "--admin-user", admin, "--confirm", "Prod"))
                    .isEqualTo(2);
        }
        assertThat(err).contains("Promotion gate");
        assertThat(received).isNotEmpty().doesNotContain(ADMIN_PW).containsOnly(STAGING_PW);
    }

    @Test
    void stagingOnTheSameServerOpensTheGateAndStatusSaysEverything() throws Exception {
        profile("Prod", Environment.PRODUCTION);
        profile("Staging", Environment.STAGING);
        assertThat(run("migrate", "--profile", "Staging", "--admin-user", admin, "--target", "5"))
                .isZero();
        assertThat(out).contains("applied V1 (1 of 5", "5 migrations applied", "now at V5");
        assertThat(run("migrate", "--profile", "Prod", "--admin-user", admin, "--confirm", "Prod", "--dry-run"))
                .isZero();
        assertThat(out).contains("-- ==== V1 core roles", "create role plantdesk_owner");
        assertThat(run("migrate", "--profile", "Prod", "--admin-user", admin, "--confirm", "Prod"))
                .isEqualTo(2);
        assertThat(err).contains("Promotion gate: V6");
        assertThat(run(
                        "migrate",
                        "--profile",
                        "Prod",
                        "--admin-user",
                        admin,
                        "--confirm",
                        "Prod",
                        "--target",
                        "5",
                        "--json"))
                .isZero();
        assertThat(out).startsWith("{").contains("\"applied\": [\"1\", \"2\", \"3\", \"4\", \"5\"]");

        assertThat(run(
                        "migrations",
                        "rollback",
                        "--profile",
                        "Staging",
                        "--admin-user",
                        admin,
                        "--reason",
                        "try again"))
                .isZero();
        assertThat(run("migrations", "status", "--profile", "Staging", "--admin-user", admin))
                .isZero();
        assertThat(out)
                .contains(
                        "Plantdesk's own scripts (history in flyway_schema_history); times in UTC",
                        "applied (UTC)",
                        "checksum",
                        "shipped",
                        "(repeatable)",
                        "Rollbacks (UTC):",
                        "try again");
        List<String> versions = out.lines()
                .filter(l -> l.matches("^\\d+ {2,}\\S.*"))
                .map(l -> l.split(" ")[0])
                .toList();
        assertThat(versions)
                .isSortedAccordingTo(java.util.Comparator.comparingInt(Integer::parseInt))
                .contains("4", "5");
        assertThat(out).contains("4 applied");

        Path file = home.resolve("staging-tracker.txt");
        assertThat(run(
                        "migrations",
                        "status",
                        "--profile",
                        "Staging",
                        "--admin-user",
                        admin,
                        "--export",
                        "--output",
                        file.toString()))
                .isZero();
        assertThat(Files.readAllLines(file))
                .hasSize(4)
                .first()
                .asString()
                .matches("001 \\| \\d{4}-\\d{2}-\\d{2} \\| " + admin + " \\| core roles");
    }

    @Test
    void statusAndMigrateUseTheChosenScriptFolderAndSayWhichOneTheyUsed() throws Exception {
        profile("Dev", Environment.DEV);
        assertThat(run("migrate", "--profile", "Dev", "--admin-user", admin)).isZero();
        Path sqlDir = home.resolve("plant-sql");
        Files.createDirectories(sqlDir.resolve("migrations"));
        Files.writeString(
                sqlDir.resolve("migrations/V001__reports_schema.sql"),
                "-- Purpose: reports.\n-- Rollback: none\n-- Estimated time: instant.\ncreate schema reports;\n");
        assertThat(run(
                        "migrate",
                        "--profile",
                        "Dev",
                        "--admin-user",
                        admin,
                        "--scripts",
                        sqlDir.toString(),
                        "--history-table",
                        "reports_history"))
                .isZero();
        assertThat(out).contains("1 migration applied (" + sqlDir.toAbsolutePath() + " (history in reports_history))");
        assertThat(run(
                        "migrations",
                        "status",
                        "--profile",
                        "Dev",
                        "--admin-user",
                        admin,
                        "--scripts",
                        sqlDir.toString(),
                        "--history-table",
                        "reports_history"))
                .isZero();
        assertThat(out)
                .contains("Scripts: " + sqlDir.toAbsolutePath() + " (history in reports_history)", "reports schema");
        // The setting counts too, for every command (it used to be ignored by status and migrate).
        ctx.saveSettings(ctx.settings().withMigrationScripts(sqlDir.toString(), "reports_history"));
        assertThat(run("migrations", "status", "--profile", "Dev", "--admin-user", admin))
                .isZero();
        assertThat(out).contains("(history in reports_history)").doesNotContain("core roles");
    }

    @Test
    void pipelinesGetJsonFromStatusDriftAndValidate() {
        profile("Dev", Environment.DEV);
        assertThat(run("migrate", "--profile", "Dev", "--admin-user", admin, "--json"))
                .isZero();
        assertThat(run("migrations", "status", "--profile", "Dev", "--admin-user", admin, "--json"))
                .isZero();
        assertThat(out.strip())
                .startsWith("{\"database\": ")
                .endsWith("}")
                .contains(
                        "\"historyTable\": \"flyway_schema_history\"", "\"state\": \"applied\"", "\"repeatables\": [{");
        // The newest version compares with its golden snapshot: no scratch database, no embedded server.
        assertThat(run("migrations", "drift", "--profile", "Dev", "--admin-user", admin, "--json"))
                .isZero();
        assertThat(out).contains("\"clean\": true", "\"differences\": []");
        assertThat(run("migrations", "validate", "--profile", "Dev", "--admin-user", admin, "--json"))
                .isZero();
        assertThat(out).contains("\"valid\": true");
    }

    @Test
    void versionOptionsMeanSchemaVersionsAndHelpWorksEverywhere() {
        assertThat(run("migrations", "baseline", "--help")).isZero();
        assertThat(out).contains("--version=V");
        assertThat(run("migrations", "status", "--version")).isEqualTo(2);
        assertThat(run("migrations", "drift", "--help")).isZero();
        assertThat(out).contains("--against=PROFILE", "--version=V");
    }

    @Test
    void aWrongAdminPasswordSaysWhichLoginTheServerRefused() {
        profile("Dev", Environment.DEV);
        assertThat(run("migrations", "status", "--profile", "Dev", "--admin-user", "nobody_" + admin))
                .isEqualTo(2);
        assertThat(err).contains("refused the login nobody_" + admin).doesNotContain("An admin of your plant");
    }

    /** A server that asks every client for its password in clear text and writes it down. */
    private static void captureCleartextPasswords(ServerSocket server, List<String> received) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                DataInputStream in = new DataInputStream(s.getInputStream());
                DataOutputStream o = new DataOutputStream(s.getOutputStream());
                int length = in.readInt();
                in.readFully(new byte[length - 4]); // startup packet: protocol and parameters
                o.writeByte('R');
                o.writeInt(8);
                o.writeInt(3); // AuthenticationCleartextPassword
                o.flush();
                if (in.readByte() == 'p') {
                    byte[] body = new byte[in.readInt() - 4];
                    in.readFully(body);
                    received.add(new String(body, 0, body.length - 1, StandardCharsets.UTF_8));
                }
            } catch (java.io.IOException e) {
                // the client gave up or the test closed the socket
            }
        }
    }
}
