package io.plantdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The api rule catches a feature that reaches into another's inside, and lets the api through. */
class FeatureRulesTest {

    private static final String ROOT = "io.plantdesk.app.archfixture";

    @Test
    void aFeatureThatUsesAnotherOutsideItsApiIsReported() {
        JavaClasses fixture = new ClassFileImporter().importPackages(ROOT);
        EvaluationResult result = FeatureRules.onlyThroughApi(ROOT).evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .allMatch(d -> d.contains("Shortcut") && d.contains("outside its api"))
                .noneMatch(d -> d.contains("Breakdowns"));
    }

    @Test
    void sharedLayersAreNotFeatures() {
        assertThat(FeatureRules.feature("io.plantdesk", "io.plantdesk.platform.rollup"))
                .isEmpty();
        assertThat(FeatureRules.feature("io.plantdesk", "io.plantdesk.activity.api"))
                .contains("activity");
        assertThat(FeatureRules.feature("io.plantdesk", "io.plantdesk.people.ui"))
                .contains("people");
    }
}
