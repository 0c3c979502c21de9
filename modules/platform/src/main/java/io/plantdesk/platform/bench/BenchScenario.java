package io.plantdesk.platform.bench;

/**
 * A benchmark a feature contributes (DESIGN section 9: performance is measured here, never by
 * timed tests). Registered in {@code META-INF/services/io.plantdesk.platform.bench.BenchScenario};
 * {@code modules/bench/run --scenario NAME} runs it in a JVM of its own, and {@code --list} lists
 * them. A scenario measures as a plant's own login under RLS, never as owner or superuser.
 */
public interface BenchScenario {

    /** What follows {@code --scenario}, e.g. "activity". */
    String name();

    /** One line for {@code --list}: what it measures and its main options. */
    String description();

    /** Runs the scenario, prints a table and writes its JSON where {@code --out} says. */
    void run(BenchArgs args) throws Exception;
}
