package io.plantdesk.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of DESIGN.md section 2, checked on every build. */
@AnalyzeClasses(packages = "io.plantdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule javaFxOnlyInUiAppAndUiKit = noClasses()
            .that().resideOutsideOfPackages("..ui..", "io.plantdesk.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("services, DAOs and the platform must run without a toolkit (DESIGN.md section 2)");

    @ArchTest
    static final ArchRule noDatabaseTypesInUi = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jdbi..", "com.zaxxer..",
                    "org.postgresql..", "org.flywaydb..")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Dao")
            .because("views and view models talk to services, never to the database");

    @ArchTest
    static final ArchRule platformDoesNotKnowTheApp = noClasses()
            .that().resideInAPackage("io.plantdesk.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("io.plantdesk.app..", "io.plantdesk.ui..");

    @ArchTest
    static final ArchRule noCyclesBetweenAppFeatures = slices().matching("io.plantdesk.app.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesInPlatform = slices().matching("io.plantdesk.platform.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noPrintStackTrace = noClasses()
            .should().callMethod(Throwable.class, "printStackTrace")
            .because("errors go to the log and the error dialog");
}
