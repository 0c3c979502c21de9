package io.plantdesk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.migrations.catalog.CatalogSnapshot;
import io.plantdesk.migrations.catalog.DriftReport;
import io.plantdesk.migrations.catalog.GoldenSnapshot;
import io.plantdesk.migrations.catalog.SchemaDocument;
import io.plantdesk.migrations.scripts.Script;
import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.migrations.service.MigrationService;
import io.plantdesk.platform.db.Migrator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The golden baseline in sql/baseline is what the scripts produce at the newest version, and
 * sql/SCHEMA.md is generated from it. When a migration is added, this fails and says how to
 * regenerate both.
 */
@ExtendWith(PostgresExtension.class)
class GoldenBaselineTest {

    private static final String REGENERATE = "Regenerate it: ./plantdesk migrations snapshot (writes sql/baseline/V<NNN>.catalog "
            + "and sql/SCHEMA.md), then commit both.";

    private final TestDatabase db;

    GoldenBaselineTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void theGoldenSnapshotAndTheSchemaDocumentMatchTheScripts() throws Exception {
        Path sql = Path.of("../../sql");
        Script newest = ScriptSet.plantdesk().scripts().getLast();
        Path file = sql.resolve(GoldenSnapshot.FOLDER).resolve(GoldenSnapshot.fileName(MigrationService.paddedVersion(newest)));
        assertThat(file).as("the golden snapshot of V" + newest.version() + " is missing. " + REGENERATE).isRegularFile();
        CatalogSnapshot golden = GoldenSnapshot.parse(Files.readString(file));
        // The test database is a copy of the template migrated to the newest version, as the scratch one would be.
        CatalogSnapshot live = CatalogSnapshot.read(db.admin(), List.of(Migrator.HISTORY_TABLE));
        DriftReport report = DriftReport.compare(newest.version(), golden, live);
        assertThat(report.isClean()).as(file + " no longer matches what the scripts produce:\n" + report.text() + "\n" + REGENERATE).isTrue();
        assertThat(Files.readString(sql.resolve("SCHEMA.md"))).as("sql/SCHEMA.md is out of date. " + REGENERATE)
                .isEqualTo(SchemaDocument.markdown(newest.version(), golden));
        assertThat(GoldenSnapshot.parse(GoldenSnapshot.text(golden))).isEqualTo(golden);
    }
}
