package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.migrations.service.MigrationProgress;
import io.plantdesk.migrations.service.MigrationService;
import io.plantdesk.migrations.service.RefusedException;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.platform.db.Migrator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a migrate runs and what it refuses (issue 12, bugs 3, 4, 5, 7, 8), with the environments on
 * the server a subclass names (PostgreSQL 18 or 15).
 */
abstract class MigrationGuardsTestBase {

    private final TrackerEnvironments envs;
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final MigrationProgress record = new MigrationProgress() {
        @Override
        public void finished(int step, int total, String version, long millis) {
            events.add("done V" + version);
        }

        @Override
        public void retrying(String version, int attempt, int attempts, long waitMillis, String reason) {
            events.add("retry V" + version + " " + attempt + "/" + attempts);
        }
    };

    MigrationGuardsTestBase(TestCluster cluster) {
        this.envs = new TrackerEnvironments(cluster);
    }

    @AfterEach
    void dropThem() {
        envs.dropAll();
    }

    private static void script(Path sql, String file, String header, String body) throws Exception {
        Files.createDirectories(sql.resolve("migrations"));
        Files.writeString(
                sql.resolve("migrations").resolve(file),
                "-- Purpose: a test script.\n-- Rollback: none\n" + "-- Estimated time: instant.\n" + header + body);
    }

    private ConnectionProfile plantdeskDatabase() {
        ConnectionProfile dev = envs.create("dev", Environment.DEV);
        Migrator.migrate(envs.admin(dev));
        return dev;
    }

    @Test
    void anUntrackedDatabaseThatHoldsTheSchemaIsRefusedUpFrontAndCanStillBeBaselined() {
        ConnectionProfile old = envs.create("old", Environment.DEV);
        MigrationService svc = envs.service(ScriptSet.plantdesk(), old);
        svc.scripts().stream()
                .filter(s -> Migrator.compareVersions(s.version(), "4") <= 0)
                .forEach(s -> envs.sql(old, s.sql()));

        assertThatThrownBy(() -> svc.migrate(old, null, null, MigrationProgress.NONE))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("old has no schema history but already holds")
                .hasMessageContaining("schemas core")
                .satisfies(e -> assertThat(((RefusedException) e).fullMessage()).contains("Nothing ran. Baseline it"));
        assertThat(envs.count(old, "select count(*) from pg_tables where tablename = 'flyway_schema_history'"))
                .as("no history table was made")
                .isZero();
        svc.baseline(old, "4", null);
        assertThat(svc.migrate(old, null, null, MigrationProgress.NONE)).isNotEmpty();
    }

    @Test
    void aDatabaseNewerThanThisBuildIsRefusedByMigrateAndDriftWithASentence() {
        ConnectionProfile dev = plantdeskDatabase();
        envs.sql(
                dev,
                "insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                        + "installed_by, execution_time, success) select max(installed_rank) + 1, '9999', 'from a newer build', 'SQL', "
                        + "'V9999__core_newer.sql', 1, current_user, 5, true from flyway_schema_history");
        MigrationService svc = envs.service(ScriptSet.plantdesk(), dev);
        assertThatThrownBy(() -> svc.migrate(dev, null, null, MigrationProgress.NONE))
                .isInstanceOf(RefusedException.class)
                .hasMessage(
                        "dev is at V9999, newer than this build (its newest script is V" + svc.newestVersion() + ").");
        assertThatThrownBy(() -> svc.drift(dev))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("dev is at V9999, which this build does not have");
        assertThatThrownBy(() -> svc.migrate(dev, "12345", null, MigrationProgress.NONE))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("This build has no V12345");
    }

    @Test
    void aScriptDeclaredWithoutTransactionRunsConcurrentlyAndACutShortRunSaysWhatItKept(@TempDir Path sql)
            throws Exception {
        script(
                sql,
                "V001__reports_table.sql",
                "",
                "create schema reports;\ncreate table reports.t (a int);\n"
                        + "insert into reports.t select g from generate_series(1, 1000) g;\n");
        script(
                sql,
                "V002__reports_t_index.sql",
                "-- Transaction: none (CREATE INDEX CONCURRENTLY)\n",
                "create index concurrently if not exists t_a on reports.t (a);\n");
        script(
                sql,
                "V003__reports_t_unique.sql",
                "-- Transaction: none (CREATE INDEX CONCURRENTLY)\n",
                "create unique index concurrently if not exists t_one on reports.t ((a % 10));\n");
        script(
                sql,
                "V004__reports_broken.sql",
                "",
                "create table reports.u (b int);\ninsert into reports.nothing values (1);\n");
        ConnectionProfile dev = plantdeskDatabase();
        MigrationService svc = envs.service(ScriptSet.of(sql.toString(), ""), dev);

        // Before the fix this never returned: Flyway's lock transaction blocked the index build.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> svc.migrate(dev, "2", null, record));
        assertThat(envs.count(
                        dev, "select count(*) from pg_index where indexrelid = 'reports.t_a'::regclass and indisvalid"))
                .isOne();

        assertThatThrownBy(() ->
                        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> svc.migrate(dev, "3", null, record)))
                .isInstanceOf(PlantdeskException.class)
                .hasMessageContaining("V3 (V003__reports_t_unique.sql) failed")
                .satisfies(e -> assertThat(((PlantdeskException) e).fullMessage())
                        .contains("ran outside a transaction", "invalid index reports.t_one (drop it)", "Repair")
                        .doesNotContain("nothing of it was kept"));
        envs.sql(dev, "drop index reports.t_one", "delete from plant_schema_history where not success");
        Files.delete(sql.resolve("migrations/V003__reports_t_unique.sql"));
        assertThatThrownBy(() -> svc.migrate(dev, "4", null, record))
                .isInstanceOf(PlantdeskException.class)
                .satisfies(e -> assertThat(((PlantdeskException) e).fullMessage())
                        .contains(
                                "V4 (V004__reports_broken.sql) failed",
                                "It ran in a transaction: nothing of it was kept"));
        assertThat(envs.count(dev, "select count(*) from pg_tables where schemaname = 'reports' and tablename = 'u'"))
                .isZero();
    }

    @Test
    void aMigrationGivesUpOnALockInsteadOfQueueingTheTableAndRetriesWithBackoff(@TempDir Path sql) throws Exception {
        script(
                sql,
                "V001__reports_person_note.sql",
                "-- Lock timeout: 200ms, 2 retries\n",
                "alter table core.person add column plant_note text;\n");
        ConnectionProfile dev = plantdeskDatabase();
        MigrationService svc = envs.service(ScriptSet.of(sql.toString(), ""), dev);
        try (Connection reader = envs.admin(dev).getConnection()) {
            reader.setAutoCommit(false);
            reader.createStatement().execute("select count(*) from core.person"); // a long report keeps its lock
            int readerPid;
            try (var rs = reader.createStatement().executeQuery("select pg_backend_pid()")) {
                rs.next();
                readerPid = rs.getInt(1);
            }
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> assertTimeoutPreemptively(
                            Duration.ofSeconds(30), () -> svc.migrate(dev, "1", null, record)))
                    .isInstanceOf(PlantdeskException.class)
                    .hasMessageContaining(
                            "V1 (V001__reports_person_note.sql) gave up waiting for a lock after 200 ms, 3 times")
                    .satisfies(e -> assertThat(((PlantdeskException) e).fullMessage())
                            .contains("nothing of it was kept")
                            .as("names who holds the lock (probe of issue 13, round 2)")
                            .contains(
                                    "Held by login",
                                    "server process " + readerPid,
                                    "with an unfinished change open for"));
            assertThat(Duration.ofNanos(System.nanoTime() - t0))
                    .as("200 ms x 3 and 0.5 s + 1 s of backoff")
                    .isLessThan(Duration.ofSeconds(10));
            assertThat(events).containsExactly("retry V1 1/2", "retry V1 2/2");
            reader.rollback();
        }
        assertThat(envs.count(dev, "select count(*) from information_schema.columns where column_name = 'plant_note'"))
                .isZero();

        // A reader that lets go during the backoff: the retry gets through.
        events.clear();
        try (Connection reader = envs.admin(dev).getConnection()) {
            reader.setAutoCommit(false);
            reader.createStatement().execute("select count(*) from core.person");
            Thread release = Thread.ofVirtual().start(() -> {
                try {
                    // Lets go during the first backoff, whatever the machine's speed.
                    while (events.stream().noneMatch(ev -> ev.startsWith("retry"))) {
                        Thread.sleep(20);
                    }
                    reader.rollback();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(svc.migrate(dev, "1", null, record)).containsExactly("1");
            release.join();
        }
        assertThat(events).startsWith("retry V1 1/2").endsWith("done V1");
        assertThat(envs.count(dev, "select count(*) from information_schema.columns where column_name = 'plant_note'"))
                .isOne();
    }

    @Test
    void aTargetOlderThanARepeatableScriptsNeedsAppliesItsVersionsAndHasNoDrift() {
        ConnectionProfile dev = envs.create("dev", Environment.DEV);
        MigrationService svc = envs.service(ScriptSet.plantdesk(), dev);
        // The repeatable script reads tables of a later version: at V1 it cannot run yet.
        assertThat(svc.migrate(dev, "1", null, record)).containsExactly("1");
        assertThat(events).containsExactly("done V1");
        var report = svc.drift(dev);
        assertThat(report.isClean()).as(report.text()).isTrue();
        assertThat(svc.migrate(dev, null, null, MigrationProgress.NONE))
                .hasSize(svc.scripts().size() - 1);
        assertThat(envs.count(dev, "select count(*) from pg_proc where proname = 'activity_summary'"))
                .isOne();
    }

    @Test
    void aHistoryRowIsTheSameMomentWhateverTheZoneOfTheWriterAndTheReader() {
        java.util.TimeZone saved = java.util.TimeZone.getDefault();
        ConnectionProfile dev = envs.create("dev", Environment.DEV);
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/New_York"));
            envs.service(ScriptSet.plantdesk(), dev).migrate(dev, null, null, MigrationProgress.NONE);
            java.time.Instant now = java.time.Instant.now();
            for (String zone : List.of("Asia/Tokyo", "UTC", "Pacific/Kiritimati")) {
                java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(zone));
                var cell = io.plantdesk.migrations.tracker.MigrationTracker.read(envs.admin(dev))
                        .get("1");
                assertThat(Duration.between(cell.installedOn(), now).abs())
                        .as("read in " + zone)
                        .isLessThan(Duration.ofMinutes(2));
                assertThat(io.plantdesk.migrations.tracker.MigrationTracker.export(List.of(cell)))
                        .startsWith("001 | "
                                + java.time.LocalDate.ofInstant(cell.installedOn(), java.time.ZoneOffset.UTC) + " | ");
            }
        } finally {
            java.util.TimeZone.setDefault(saved);
        }
    }
}
