package io.plantdesk.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;

/**
 * The feature-module rule of DESIGN.md section 1: a feature is the first package under the root
 * that is not one of the shared layers, and another feature may use only its {@code api} package
 * (interfaces and records).
 */
final class FeatureRules {

    /** First packages under the root that are shared layers, not features. */
    static final Set<String> SHARED = Set.of("platform", "ui", "app", "testkit", "bench");

    private FeatureRules() {}

    static ArchRule onlyThroughApi(String root) {
        return classes()
                .that()
                .resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("reach another feature only through its api package") {
                    @Override
                    public void check(JavaClass from, ConditionEvents events) {
                        Optional<String> mine = feature(root, from.getPackageName());
                        if (mine.isEmpty()) {
                            return;
                        }
                        for (Dependency d : from.getDirectDependenciesFromSelf()) {
                            String target = d.getTargetClass().getPackageName();
                            Optional<String> theirs = feature(root, target);
                            if (theirs.isPresent()
                                    && !theirs.equals(mine)
                                    && !(target.equals(root + "." + theirs.get() + ".api")
                                            || target.startsWith(root + "." + theirs.get() + ".api."))) {
                                events.add(SimpleConditionEvent.violated(
                                        d,
                                        d.getDescription() + ": " + mine.get() + " uses " + theirs.get()
                                                + " outside its api package"));
                            }
                        }
                    }
                })
                .allowEmptyShould(true);
    }

    /** The feature a package belongs to, if it belongs to one. */
    static Optional<String> feature(String root, String pkg) {
        if (!pkg.startsWith(root + ".")) {
            return Optional.empty();
        }
        String first = pkg.substring(root.length() + 1).split("\\.")[0];
        return SHARED.contains(first) ? Optional.empty() : Optional.of(first);
    }
}
