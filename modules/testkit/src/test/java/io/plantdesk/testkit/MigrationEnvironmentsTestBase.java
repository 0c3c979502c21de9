package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.migrations.catalog.CatalogSnapshot;
import io.plantdesk.migrations.catalog.DriftReport;
import io.plantdesk.migrations.scripts.Script;
import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.migrations.service.DriftRefusedException;
import io.plantdesk.migrations.service.MigrationProgress;
import io.plantdesk.migrations.service.MigrationService;
import io.plantdesk.migrations.service.RefusedException;
import io.plantdesk.migrations.service.ScratchServer;
import io.plantdesk.migrations.tracker.CellState;
import io.plantdesk.migrations.tracker.HistoryCell;
import io.plantdesk.migrations.tracker.MigrationTracker;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.platform.db.Migrator;
import io.plantdesk.platform.db.SslMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tracker's actions on two or three environments, each its own database on the server a
 * subclass names (PostgreSQL 18 or 15; the scratch databases are always on 18):
 * migrate with progress, the promotion gate, rollback and migrate again, baseline of hand-built
 * databases, the drift report, and a plant's own script folder.
 */
abstract class MigrationEnvironmentsTestBase {

    /** The scratch databases go to the bundled PostgreSQL 18, as in the app. */
    private static final TestCluster SCRATCH_SERVER = TestCluster.get();

    private static final List<String> SHIPPED = Migrator.shippedVersions();
    private static final ScratchServer SCRATCH = new ScratchServer() {
        @Override
        public DataSource create(String database) {
            SCRATCH_SERVER.execute("postgres", "create database " + database);
            return SCRATCH_SERVER.admin(database);
        }

        @Override
        public void drop(String database) {
            SCRATCH_SERVER.dropDatabase(database);
        }
    };

    /** Where the environments live: PostgreSQL 18 or 15. */
    private final TestCluster CLUSTER;

    private final List<String> CREATED = new ArrayList<>();

    MigrationEnvironmentsTestBase(TestCluster environments) {
        this.CLUSTER = environments;
    }

    @AfterEach
    void dropThem() {
        CREATED.forEach(CLUSTER::dropDatabase);
        CREATED.clear();
    }

    private ConnectionProfile environment(String name, Environment tag) {
        String db = CLUSTER.uniqueLogin("env").replace('-', '_');
        CLUSTER.execute("postgres", "create database " + db);
        CREATED.add(db);
        return new ConnectionProfile(name, CLUSTER.host(), CLUSTER.port(), db, "", SslMode.DISABLE, tag, false);
    }

    private MigrationService service(ScriptSet set, ConnectionProfile... envs) {
        return new MigrationService(set, List.of(envs), env -> CLUSTER.admin(env.database()), SCRATCH);
    }

    private void sql(ConnectionProfile env, String... statements) {
        try (Connection c = CLUSTER.admin(env.database()).getConnection();
                Statement s = c.createStatement()) {
            for (String st : statements) {
                s.execute(st);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String last(int back) {
        return SHIPPED.get(SHIPPED.size() - 1 - back);
    }

    @Test
    void theScriptsChecksumsAndHeadersAreWhatFlywayAndTheLintSee() {
        ConnectionProfile dev = environment("dev", Environment.DEV);
        MigrationService svc = service(ScriptSet.plantdesk(), dev);
        svc.migrate(dev, last(0), null, MigrationProgress.NONE);
        Map<String, HistoryCell> cells = MigrationTracker.read(CLUSTER.admin(dev.database()));
        List<Script> scripts = svc.scripts();
        assertThat(scripts).extracting(Script::version).containsExactlyElementsOf(SHIPPED);
        for (Script s : scripts) {
            assertThat(s.checksum())
                    .as("checksum of V" + s.version())
                    .isEqualTo(cells.get(s.version()).appliedChecksum());
            assertThat(s.description()).isEqualTo(cells.get(s.version()).description());
            assertThat(s.header().purpose()).as("V" + s.version()).isNotBlank();
            assertThat(s.header().rollback()).startsWith("U" + s.fileName().substring(1, 4));
            assertThat(s.header().estimatedTime()).isNotBlank();
            assertThat(s.rollbackSql()).as("U" + s.version()).contains("Rollback of: " + s.fileName());
        }
        assertThat(svc.drift(dev).isClean()).as(svc.drift(dev).text()).isTrue();
        // The migrator's objects went to the owner role (the SQL callback ran beside the progress callback).
        assertThat(svc.validate(dev)).isEmpty();
    }

    @Test
    void migrateReportsEachStepAndProductionPassesOnlyThroughStaging() {
        ConnectionProfile staging = environment("staging", Environment.STAGING);
        ConnectionProfile production = environment("production", Environment.PRODUCTION);
        MigrationService svc = service(ScriptSet.plantdesk(), staging, production);

        List<String> events = new ArrayList<>();
        MigrationProgress record = new MigrationProgress() {
            @Override
            public void started(int step, int total, String version, String description) {
                events.add("start " + step + "/" + total + " V" + version);
            }

            @Override
            public void finished(int step, int total, String version, long millis) {
                events.add("done V" + version);
            }
        };
        assertThat(MigrationService.dryRunText(staging, svc.plan(staging, last(2))))
                .contains("-- ==== V1 core roles")
                .contains("create role plantdesk_owner")
                .doesNotContain("==== V" + last(1));
        assertThat(svc.migrate(staging, last(2), null, record)).hasSize(SHIPPED.size() - 2);
        assertThat(events)
                .startsWith(
                        "start 1/" + (SHIPPED.size() - 2) + " V1", "done V1", "start 2/" + (SHIPPED.size() - 2) + " V2")
                .hasSize(2 * (SHIPPED.size() - 2))
                .endsWith("done V" + last(2));
        try (Connection c = CLUSTER.admin(staging.database()).getConnection();
                Statement s = c.createStatement();
                var rs = s.executeQuery("select count(*) from pg_class where relnamespace = 'core'::regnamespace "
                        + "and relowner <> 'plantdesk_owner'::regrole and relowner <> 'plantdesk_security'::regrole")) {
            rs.next();
            assertThat(rs.getInt(1)).as("tables not handed to the owner role").isZero();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }

        assertThatThrownBy(() -> svc.migrate(production, last(2), "Production", MigrationProgress.NONE))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("type its name");
        assertThatThrownBy(() -> svc.migrate(production, last(0), "production", MigrationProgress.NONE))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Promotion gate: V" + last(1) + ", V" + last(0));
        assertThat(MigrationTracker.read(CLUSTER.admin(production.database())).values())
                .allSatisfy(c -> assertThat(c.state()).isEqualTo(CellState.PENDING));
        assertThat(svc.migrate(production, last(2), "production", MigrationProgress.NONE))
                .hasSize(SHIPPED.size() - 2);

        // The same version with a different script on staging does not count.
        svc.migrate(staging, last(1), null, MigrationProgress.NONE);
        sql(
                staging,
                "update flyway_schema_history set checksum = checksum + 1 where ltrim(version, '0') = '" + last(1)
                        + "'");
        assertThatThrownBy(() -> svc.migrate(production, last(1), "production", MigrationProgress.NONE))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("V" + last(1) + " has not succeeded on staging");
        assertThat(svc.validate(staging))
                .singleElement()
                .asString()
                .startsWith("V" + last(1) + ": ")
                .contains("checksum");
        assertThat(svc.repair(staging, null).english()).contains("1 checksum realigned (V" + last(1) + ")");
        assertThat(svc.migrate(production, last(1), "production", MigrationProgress.NONE))
                .containsExactly(last(1));
    }

    @Test
    void migrateRollBackAndMigrateAgainGivesTheSameCatalog() {
        ConnectionProfile dev = environment("dev", Environment.DEV);
        MigrationService svc = service(ScriptSet.plantdesk(), dev);
        svc.migrate(dev, last(0), null, MigrationProgress.NONE);
        DataSource db = CLUSTER.admin(dev.database());
        CatalogSnapshot before = CatalogSnapshot.read(db, List.of(Migrator.HISTORY_TABLE));

        assertThat(svc.lastApplied(dev, 3)).extracting(HistoryCell::version).containsExactly(last(0), last(1), last(2));
        assertThat(svc.rollback(dev, 3, null, MigrationProgress.NONE)).containsExactly(last(0), last(1), last(2));
        Map<String, HistoryCell> cells = MigrationTracker.read(db);
        assertThat(cells.get(last(0)).state()).isEqualTo(CellState.PENDING);
        assertThat(cells.get(last(3)).state()).isEqualTo(CellState.APPLIED);
        // What the U scripts left is exactly what migrating an empty database to that version gives.
        DriftReport afterRollback = DriftReport.compare(
                last(3), svc.expectedAt(last(3)), CatalogSnapshot.read(db, List.of(Migrator.HISTORY_TABLE)));
        assertThat(afterRollback.isClean()).as(afterRollback.text()).isTrue();

        svc.migrate(dev, last(0), null, MigrationProgress.NONE);
        assertThat(CatalogSnapshot.read(db, List.of(Migrator.HISTORY_TABLE)).objects())
                .isEqualTo(before.objects());
        assertThat(before.count("table")).isGreaterThan(5);
        assertThat(before.count("policy")).isGreaterThan(5);
        assertThat(before.count("function")).isGreaterThan(10);
    }

    @Test
    void everyUScriptLeavesExactlyTheCatalogOfTheVersionBeforeIt() {
        ConnectionProfile dev = environment("dev", Environment.DEV);
        MigrationService svc = service(ScriptSet.plantdesk(), dev);
        svc.migrate(dev, last(0), null, MigrationProgress.NONE);
        DataSource db = CLUSTER.admin(dev.database());
        // Down to V2: U001 drops the group roles, which the server's other databases share.
        for (int back = 0; Migrator.compareVersions(last(back), "2") > 0; back++) {
            assertThat(svc.rollback(dev, 1, null, "checking U" + last(back), MigrationProgress.NONE))
                    .containsExactly(last(back));
            DriftReport r = DriftReport.compare(
                    last(back + 1),
                    svc.expectedAt(last(back + 1)),
                    CatalogSnapshot.read(db, List.of(Migrator.HISTORY_TABLE)));
            assertThat(r.isClean())
                    .as("after U" + last(back) + ":\n" + r.text())
                    .isTrue();
        }
    }

    @Test
    void theDriftReportNamesWhatWasChangedByHandAndRollbackRefusesIt() {
        ConnectionProfile dev = environment("dev", Environment.DEV);
        MigrationService svc = service(ScriptSet.plantdesk(), dev);
        svc.migrate(dev, last(0), null, MigrationProgress.NONE);
        sql(
                dev,
                "create index person_phone_by_hand on core.person (phone)",
                "alter table core.person alter column phone type varchar(40)",
                "alter policy tenant_isolation on core.person using (true)",
                "drop function core.maintain_partitions()");
        DriftReport report = svc.drift(dev);
        assertThat(report.version()).isEqualTo(last(0));
        assertThat(report.differences())
                .extracting(d -> d.change() + " " + d.kind() + " " + d.name())
                .contains(
                        "EXTRA index core.person_phone_by_hand",
                        "CHANGED column core.person.phone",
                        "CHANGED policy core.person.tenant_isolation",
                        "MISSING function core.maintain_partitions()");
        assertThat(report.text())
                .contains("extra   index core.person_phone_by_hand: CREATE INDEX person_phone_by_hand");

        assertThatThrownBy(() -> svc.rollback(dev, 1, null, MigrationProgress.NONE))
                .isInstanceOf(DriftRefusedException.class)
                .hasMessageContaining("has drifted");
        assertThat(MigrationTracker.read(CLUSTER.admin(dev.database()))
                        .get(last(0))
                        .state())
                .isEqualTo(CellState.APPLIED);
    }

    @Test
    void aHandBuiltDatabaseIsBaselinedOnlyWhenItMatches() {
        ConnectionProfile matching = environment("golden", Environment.DEV);
        ConnectionProfile different = environment("hand-made", Environment.DEV);
        MigrationService svc = service(ScriptSet.plantdesk(), matching, different);
        List<Script> scripts = svc.scripts();
        for (ConnectionProfile env : List.of(matching, different)) {
            // Built the old way: the scripts run by hand in psql, no history table.
            scripts.stream()
                    .filter(s -> Migrator.compareVersions(s.version(), "4") <= 0)
                    .forEach(s -> sql(env, s.sql()));
        }
        sql(different, "alter table core.tenant add column region text");

        assertThatThrownBy(() -> svc.baseline(different, "4", null))
                .isInstanceOf(DriftRefusedException.class)
                .satisfies(e -> assertThat(((DriftRefusedException) e).report().text())
                        .contains("extra   column core.tenant.region")
                        .as("V4 has no golden snapshot: the report says it used a scratch database")
                        .contains("V4 has no golden baseline in sql/baseline, so a scratch database"));
        assertThat(MigrationTracker.read(CLUSTER.admin(different.database())).values())
                .allSatisfy(c -> assertThat(c.state()).isEqualTo(CellState.PENDING));

        try {
            svc.baseline(matching, "4", null);
        } catch (DriftRefusedException e) {
            throw new AssertionError(e.report().text(), e);
        }
        Map<String, HistoryCell> cells = MigrationTracker.read(CLUSTER.admin(matching.database()));
        assertThat(cells.get("4").state()).isEqualTo(CellState.BASELINE);
        try (Connection c = CLUSTER.admin(matching.database()).getConnection();
                Statement st = c.createStatement();
                var rs = st.executeQuery("select version from flyway_schema_history where type = 'BASELINE'")) {
            rs.next();
            assertThat(rs.getString(1))
                    .as("stored as its script names it, like every other row")
                    .isEqualTo("004");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(cells.get("5").state()).isEqualTo(CellState.PENDING);
        assertThatThrownBy(() -> svc.baseline(matching, "4", null))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("already has a schema history");
        // From the baseline on, it migrates like any other environment.
        svc.migrate(matching, last(0), null, MigrationProgress.NONE);
        assertThat(svc.drift(matching).isClean()).isTrue();
    }

    @Test
    void aHandBuiltDatabaseIsBaselinedAgainstTheGoldenSnapshotWithoutAScratchDatabase() {
        ConnectionProfile matching = environment("golden", Environment.DEV);
        ConnectionProfile different = environment("hand-made", Environment.DEV);
        // Fails the test if the baseline (or its check) builds a scratch database at all.
        ScratchServer none = new ScratchServer() {
            @Override
            public DataSource create(String database) {
                throw new AssertionError("a scratch database was created although sql/baseline has V" + last(0));
            }

            @Override
            public void drop(String database) {
                throw new AssertionError("a scratch database was dropped although sql/baseline has V" + last(0));
            }
        };
        MigrationService svc = new MigrationService(
                ScriptSet.plantdesk(), List.of(matching, different), env -> CLUSTER.admin(env.database()), none);
        for (ConnectionProfile env : List.of(matching, different)) {
            // Built the old way up to the newest released version: every V script run by hand. V5 grants on
            // Flyway's history table, so the one who ran them made a stand-in and dropped it afterwards.
            sql(env, "create table public.flyway_schema_history (version text, success boolean)");
            svc.scripts().forEach(s -> sql(env, s.sql()));
            sql(env, "drop table public.flyway_schema_history");
        }
        sql(different, "create index tenant_name_by_hand on core.tenant (name)");
        List<String> databases = databaseNames();

        assertThatThrownBy(() -> svc.baseline(different, last(0), null))
                .isInstanceOf(DriftRefusedException.class)
                .satisfies(e -> assertThat(((DriftRefusedException) e).report().text())
                        .contains("tenant_name_by_hand")
                        .contains("golden baseline sql/baseline/V"));
        assertThat(MigrationTracker.read(CLUSTER.admin(different.database())).values())
                .allSatisfy(c -> assertThat(c.state()).isEqualTo(CellState.PENDING));

        DriftReport check = svc.baselineCheck(matching, last(0));
        assertThat(check.isClean()).as(check.text()).isTrue();
        DriftReport done;
        try {
            done = svc.baseline(matching, last(0), null);
        } catch (DriftRefusedException e) {
            throw new AssertionError(e.report().text(), e);
        }
        assertThat(done.text()).contains("the V scripts alone").contains(".versions.catalog, no scratch database");
        assertThat(MigrationTracker.read(CLUSTER.admin(matching.database()))
                        .get(last(0))
                        .state())
                .isEqualTo(CellState.BASELINE);
        assertThat(databaseNames()).as("databases on the scratch server").isEqualTo(databases);
    }

    /** The databases of the scratch server, sorted: a scratch database would show up or leave a leftover. */
    private static List<String> databaseNames() {
        List<String> out = new ArrayList<>();
        try (Connection c = SCRATCH_SERVER.admin("postgres").getConnection();
                Statement st = c.createStatement();
                var rs = st.executeQuery(
                        "select datname from pg_database where datname like 'pd\\_scratch\\_%' order by 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    @Test
    void anotherServerIsReachedOnlyWithTheOwnerLoginTypedForIt() {
        ConnectionProfile shared = environment("plant server", Environment.STAGING);
        String owner = CLUSTER.uniqueLogin("owner");
        CLUSTER.execute("postgres", "create role " + owner + " login superuser password 'right-one'");
        try {
            io.plantdesk.migrations.service.OwnerLogins logins = new io.plantdesk.migrations.service.OwnerLogins(() -> {
                throw new AssertionError("a profile on another server never starts the embedded one");
            });
            MigrationService svc = new MigrationService(ScriptSet.plantdesk(), List.of(shared), logins, SCRATCH);
            var before = svc.history(shared);
            assertThat(before.readable()).isFalse();
            assertThat(before.problem())
                    .isInstanceOf(io.plantdesk.migrations.service.CredentialsNeededException.class)
                    .hasMessage("Not connected to plant server.");
            assertThatThrownBy(() -> logins.connect(shared, owner, "wrong".toCharArray()))
                    .isInstanceOf(io.plantdesk.platform.PlantdeskException.class);
            assertThat(logins.isConnected(shared)).isFalse();

            logins.connect(shared, owner, "right-one".toCharArray());
            svc.migrate(shared, last(0), null, MigrationProgress.NONE);
            assertThat(svc.history(shared).cells().values())
                    .allSatisfy(c -> assertThat(c.installedBy()).isEqualTo(owner));
        } finally {
            CLUSTER.dropDatabase(shared.database());
            CREATED.remove(shared.database());
            CLUSTER.execute("postgres", "drop role " + owner);
        }
    }

    @Test
    void aPlantsOwnScriptFolderIsTrackedApartAndAMissingUndoStopsARollback(@TempDir Path sql) throws Exception {
        Files.createDirectories(sql.resolve("migrations"));
        Files.createDirectories(sql.resolve("rollback"));
        Files.writeString(sql.resolve("migrations/V001__reports_schema.sql"), """
                -- Purpose: a schema for the plant's reporting views.
                -- Rollback: U001__reports_schema.sql
                -- Estimated time: instant.
                create schema reports;
                """);
        Files.writeString(
                sql.resolve("rollback/U001__reports_schema.sql"),
                "-- Rollback of: V001__reports_schema.sql\ndrop schema reports;\n");
        Files.writeString(sql.resolve("migrations/V002__reports_people.sql"), """
                -- Purpose: people per plant, for the monthly report.
                -- Rollback: none yet
                -- Estimated time: instant.
                create view reports.people_per_plant as select tenant_id, count(*) as people from core.person group by tenant_id;
                """);
        ConnectionProfile dev = environment("dev", Environment.DEV);
        Migrator.migrate(CLUSTER.admin(dev.database()));
        MigrationService svc = service(ScriptSet.of(sql.toString(), ""), dev);
        assertThat(svc.scripts())
                .extracting(Script::version, Script::hasRollback)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("1", true),
                        org.assertj.core.api.Assertions.tuple("2", false));

        svc.migrate(dev, "2", null, MigrationProgress.NONE);
        Map<String, HistoryCell> own = MigrationTracker.read(CLUSTER.admin(dev.database()), svc.scriptSet());
        assertThat(own).containsOnlyKeys("0", "1", "2").containsEntry("0", own.get("0"));
        assertThat(own.get("0").state()).isEqualTo(CellState.BASELINE);
        assertThat(List.of(own.get("1").state(), own.get("2").state())).containsOnly(CellState.APPLIED);
        // Plantdesk's own history is untouched and still complete.
        assertThat(MigrationTracker.read(CLUSTER.admin(dev.database())).values())
                .allSatisfy(c -> assertThat(c.state()).isEqualTo(CellState.APPLIED));
        assertThat(svc.drift(dev).isClean()).as(svc.drift(dev).text()).isTrue();

        assertThatThrownBy(() -> svc.rollback(dev, 2, null, MigrationProgress.NONE))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("V2 has no rollback script");
        assertThat(MigrationTracker.read(CLUSTER.admin(dev.database()), svc.scriptSet())
                        .get("2")
                        .state())
                .isEqualTo(CellState.APPLIED);
    }
}
