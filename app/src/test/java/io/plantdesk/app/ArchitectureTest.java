package io.plantdesk.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.plantdesk.ui.feature.FeatureContext;

/**
 * The rules of DESIGN.md sections 1 and 2, checked on every build over every module on the app's
 * class path (so a new feature module is covered the day the app depends on it).
 */
@AnalyzeClasses(packages = "io.plantdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresReachEachOtherOnlyThroughTheirApi = FeatureRules.onlyThroughApi("io.plantdesk");

    @ArchTest
    static final ArchRule nothingButTheAppDependsOnTheApp = noClasses()
            .that()
            .resideOutsideOfPackages("io.plantdesk.app..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.plantdesk.app..")
            .because(
                    "a feature is one module that plugs into the shell, never the other way round (DESIGN.md section 1)");

    @ArchTest
    static final ArchRule fleetAndMaintenanceNeverDependOnSewing = noClasses()
            .that()
            .resideInAnyPackage("io.plantdesk.fleet..", "io.plantdesk.maintenance..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.plantdesk.sewing..")
            .because(
                    "the sewing floor builds on maintenance and fleet (a breakdown opens a work order), not the reverse")
            .allowEmptyShould(true); // until those modules exist

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures =
            slices().matching("io.plantdesk.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule javaFxOnlyInUiAppAndUiKit = noClasses()
            .that()
            .resideOutsideOfPackages("..ui..", "io.plantdesk.app..", "io.plantdesk.testkit.fx..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..")
            .because("services, DAOs and the platform must run without a toolkit (DESIGN.md section 2)");

    @ArchTest
    static final ArchRule noDatabaseTypesInUi = noClasses()
            .that()
            .resideInAPackage("..ui..")
            // The SPI record that carries a feature's Jdbi to its wiring (the Feature class), which hands it to
            // services.
            .and()
            .doNotHaveFullyQualifiedName(FeatureContext.class.getName())
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "java.sql..", "javax.sql..", "org.jdbi..", "com.zaxxer..", "org.postgresql..", "org.flywaydb..")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Dao")
            .because("views and view models talk to services, never to the database");

    @ArchTest
    static final ArchRule platformDoesNotKnowTheApp = noClasses()
            .that()
            .resideInAPackage("io.plantdesk.platform..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.plantdesk.app..", "io.plantdesk.ui..");

    @ArchTest
    static final ArchRule noCyclesInTheApp =
            slices().matching("io.plantdesk.app.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesInPlatform =
            slices().matching("io.plantdesk.platform.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noPrintStackTrace = noClasses()
            .should()
            .callMethod(Throwable.class, "printStackTrace")
            .because("errors go to the log and the error dialog");
}
