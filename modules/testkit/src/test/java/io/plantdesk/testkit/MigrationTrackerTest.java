package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.migrations.tracker.CellState;
import io.plantdesk.migrations.tracker.HistoryCell;
import io.plantdesk.migrations.tracker.MigrationTracker;
import io.plantdesk.platform.db.Migrator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Environments in every state the tracker's grid shows, each its own database on the test
 * cluster; the tracker's view of each agrees with Flyway's own MigrationInfoService.
 */
class MigrationTrackerTest {

    private static final TestCluster CLUSTER = TestCluster.get();
    private static final List<String> CREATED = new java.util.ArrayList<>();
    private static final List<String> SHIPPED = Migrator.shippedVersions();

    private static DataSource emptyDatabase() {
        String name = CLUSTER.uniqueLogin("env").replace('-', '_');
        CLUSTER.execute("postgres", "create database " + name);
        CREATED.add(name);
        return CLUSTER.admin(name);
    }

    @AfterAll
    static void dropThem() {
        CREATED.forEach(CLUSTER::dropDatabase);
    }

    private static Map<String, CellState> states(DataSource db) {
        return MigrationTracker.read(db).values().stream()
                .collect(Collectors.toMap(
                        HistoryCell::version, HistoryCell::state, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void aNewEnvironmentHasEveryShippedMigrationPending() {
        DataSource db = emptyDatabase();
        assertThat(states(db))
                .containsOnlyKeys(SHIPPED)
                .allSatisfy((v, s) -> assertThat(s).isEqualTo(CellState.PENDING));
    }

    @Test
    void anEnvironmentBehindHasAppliedAndPendingCellsThatAgreeWithFlyway() {
        DataSource db = emptyDatabase();
        Flyway.configure()
                .configuration(Migrator.flyway(db).getConfiguration())
                .target("5")
                .load()
                .migrate();
        Map<String, HistoryCell> cells = MigrationTracker.read(db);
        for (String v : SHIPPED) {
            assertThat(cells.get(v).state())
                    .as("V" + v)
                    .isEqualTo(Migrator.compareVersions(v, "5") <= 0 ? CellState.APPLIED : CellState.PENDING);
        }
        Map<String, MigrationInfo> flyway = java.util.Arrays.stream(
                        Migrator.flyway(db).info().all())
                .filter(i -> i.getVersion() != null)
                .collect(Collectors.toMap(i -> Migrator.normalize(i.getVersion().getVersion()), Function.identity()));
        assertThat(cells.keySet()).isEqualTo(flyway.keySet());
        cells.forEach((v, c) -> {
            assertThat(c.description()).isEqualTo(flyway.get(v).getDescription());
            assertThat(c.installedBy()).isEqualTo(flyway.get(v).getInstalledBy());
            assertThat(c.executionMs()).isEqualTo(flyway.get(v).getExecutionTime());
        });
        String text = MigrationTracker.export(cells.values());
        assertThat(text.lines())
                .hasSize(5)
                .first()
                .asString()
                .matches("001 \\| \\d{4}-\\d{2}-\\d{2} \\| \\S+ \\| core roles");
    }

    @Test
    void driftSkippedForeignAndFailedRowsAreShownAsSuch() {
        DataSource db = emptyDatabase();
        Migrator.migrate(db);
        try (var c = db.getConnection();
                var s = c.createStatement()) {
            s.execute("update flyway_schema_history set checksum = checksum + 1 where ltrim(version, '0') = '3'");
            // As if V004 had been skipped here: a shipped script older than what is applied.
            s.execute("delete from flyway_schema_history where ltrim(version, '0') = '4'");
            s.execute(
                    "insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, "
                            + "execution_time, success) select max(installed_rank) + 1, '999', 'from a newer build', 'SQL', "
                            + "'V999__core_newer.sql', 1, current_user, 5, true from flyway_schema_history");
            s.execute(
                    "insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, "
                            + "execution_time, success) select max(installed_rank) + 1, '1000', 'broke half way', 'SQL', "
                            + "'V1000__core_broken.sql', 1, current_user, 5, false from flyway_schema_history");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        Map<String, CellState> states = states(db);
        assertThat(states)
                .containsEntry("3", CellState.DRIFT)
                .containsEntry("4", CellState.IGNORED)
                .containsEntry("999", CellState.UNKNOWN)
                .containsEntry("1000", CellState.FAILED)
                .containsEntry("1", CellState.APPLIED);
        assertThat(states.values().stream().filter(s -> s == CellState.APPLIED)).hasSize(SHIPPED.size() - 2);
        assertThat(MigrationTracker.export(MigrationTracker.read(db).values()))
                .contains("999 | ")
                .doesNotContain("broke half way");
    }

    @Test
    void aBaselinedEnvironmentShowsTheBaselineAndWhatCameAfter() {
        DataSource db = emptyDatabase();
        Flyway.configure()
                .configuration(Migrator.flyway(db).getConfiguration())
                .baselineVersion("3")
                .baselineDescription("golden baseline")
                .load()
                .baseline();
        Map<String, CellState> states = states(db);
        for (String v : SHIPPED) {
            assertThat(states.get(v))
                    .as("V" + v)
                    .isEqualTo(Migrator.compareVersions(v, "3") <= 0 ? CellState.BASELINE : CellState.PENDING);
        }
    }
}
