package io.plantdesk.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.plantdesk.platform.db.Migrator;
import javax.sql.DataSource;

/**
 * Issue 12, bug 2: {@code demo-data} migrated a production database that {@code migrate} had just
 * refused at the gate. Every path that migrates a profile (the CLI, the login's check, the
 * screen) goes through the tracker's one guarded call, MigrationService.migrate; Flyway's bare
 * migrate is left to the tracker itself and to the demo plant's own embedded database.
 */
@AnalyzeClasses(packages = "io.plantdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class OneGuardedMigrateTest {

    @ArchTest
    static final ArchRule onlyTheTrackerMigrates = noClasses()
            .that()
            .resideOutsideOfPackages(
                    "io.plantdesk.migrations..",
                    "io.plantdesk.platform.db..",
                    "io.plantdesk.platform.demo..",
                    "io.plantdesk.testkit..",
                    "..bench..")
            .should()
            .callMethod(Migrator.class, "migrate", DataSource.class)
            .orShould()
            .callMethod(Migrator.class, "flyway", DataSource.class)
            .because(
                    "a migrate that skips the typed name, the promotion gate and the other guards is a way round them");
}
