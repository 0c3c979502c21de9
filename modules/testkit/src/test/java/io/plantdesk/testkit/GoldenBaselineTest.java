package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.migrations.catalog.CatalogSnapshot;
import io.plantdesk.migrations.catalog.DriftReport;
import io.plantdesk.migrations.catalog.GoldenSnapshot;
import io.plantdesk.migrations.catalog.SchemaDocument;
import io.plantdesk.migrations.scripts.Script;
import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.migrations.service.MigrationService;
import io.plantdesk.migrations.service.ScratchServer;
import io.plantdesk.platform.db.Migrator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The golden baseline in sql/baseline is what the scripts produce at the newest version, and
 * sql/SCHEMA.md is generated from it; each V<NNN>.versions.catalog there (what baseline compares
 * a hand-built database with) is what the V scripts alone produce at its version. When a
 * migration is added, this fails and says how to regenerate them.
 */
@ExtendWith(PostgresExtension.class)
class GoldenBaselineTest {

    private static final String REGENERATE =
            "Regenerate it: ./plantdesk migrations snapshot (writes sql/baseline/V<NNN>.catalog, "
                    + "V<NNN>.versions.catalog and sql/SCHEMA.md), then commit them.";

    private final TestDatabase db;

    GoldenBaselineTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void theGoldenSnapshotAndTheSchemaDocumentMatchTheScripts() throws Exception {
        Path sql = Path.of("../../sql");
        Script newest = ScriptSet.plantdesk().scripts().getLast();
        Path file = sql.resolve(GoldenSnapshot.FOLDER)
                .resolve(GoldenSnapshot.fileName(MigrationService.paddedVersion(newest)));
        assertThat(file)
                .as("the golden snapshot of V" + newest.version() + " is missing. " + REGENERATE)
                .isRegularFile();
        CatalogSnapshot golden = GoldenSnapshot.parse(Files.readString(file));
        // The test database is a copy of the template migrated to the newest version, as the scratch one would be.
        CatalogSnapshot live = CatalogSnapshot.read(db.admin(), List.of(Migrator.HISTORY_TABLE));
        DriftReport report = DriftReport.compare(newest.version(), golden, live);
        assertThat(report.isClean())
                .as(file + " no longer matches what the scripts produce:\n" + report.text() + "\n" + REGENERATE)
                .isTrue();
        assertThat(Files.readString(sql.resolve("SCHEMA.md")))
                .as("sql/SCHEMA.md is out of date. " + REGENERATE)
                .isEqualTo(SchemaDocument.markdown(newest.version(), golden));
        assertThat(GoldenSnapshot.parse(GoldenSnapshot.text(golden))).isEqualTo(golden);
    }

    /**
     * The scheduler adds a month's partition ahead every month, each with its own policy: the
     * baseline taken in one month must still match the next (it did not on 2026-12-01).
     */
    @Test
    void aPartitionAddedNextMonthLeavesTheSnapshotAsItWas() {
        CatalogSnapshot before = CatalogSnapshot.read(db.admin(), List.of(Migrator.HISTORY_TABLE));
        db.adminJdbi().useTransaction(h -> {
            // As the scheduler would: the partitions belong to the table's owner, not to whoever asked.
            h.execute(
                    "select set_config('role', pg_get_userbyid(relowner), true) from pg_class where oid = 'core.audit_log'::regclass");
            h.execute("select core.ensure_month_partitions('core.audit_log', 0, 40)");
        });
        CatalogSnapshot after = CatalogSnapshot.read(db.admin(), List.of(Migrator.HISTORY_TABLE));
        DriftReport report = DriftReport.compare("0", before, after);
        assertThat(report.isClean()).as(report.text()).isTrue();
    }

    @Test
    void eachVersionsOnlySnapshotMatchesTheVScriptsAlone() throws Exception {
        Path folder = Path.of("../../sql").resolve(GoldenSnapshot.FOLDER);
        TestCluster cluster = TestCluster.get();
        MigrationService service = new MigrationService(
                ScriptSet.plantdesk(),
                List.of(),
                env -> {
                    throw new IllegalStateException("no environment here");
                },
                new ScratchServer() {
                    @Override
                    public DataSource create(String database) {
                        cluster.execute("postgres", "create database " + database);
                        return cluster.admin(database);
                    }

                    @Override
                    public void drop(String database) {
                        cluster.dropDatabase(database);
                    }
                });
        Script newest = service.scripts().getLast();
        assertThat(folder.resolve(GoldenSnapshot.fileName(MigrationService.paddedVersion(newest), false)))
                .as("the V-scripts-only snapshot of V" + newest.version() + " is missing. " + REGENERATE)
                .isRegularFile();
        for (Script s : service.scripts()) {
            String padded = MigrationService.paddedVersion(s);
            Path file = folder.resolve(GoldenSnapshot.fileName(padded, false));
            if (!Files.isRegularFile(file)) {
                assertThat(folder.resolve(GoldenSnapshot.fileName(padded)))
                        .as("V" + s.version() + " has a golden snapshot but no " + file.getFileName() + ". "
                                + REGENERATE)
                        .doesNotExist();
                continue;
            }
            DriftReport report = DriftReport.compare(
                    s.version(), GoldenSnapshot.parse(Files.readString(file)), service.built(s.version(), false));
            assertThat(report.isClean())
                    .as(file + " no longer matches what the V scripts alone produce:\n" + report.text() + "\n"
                            + REGENERATE + " (for an older version: ./plantdesk migrations snapshot --version "
                            + s.version() + ")")
                    .isTrue();
        }
    }
}
