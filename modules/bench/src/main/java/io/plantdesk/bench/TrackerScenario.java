package io.plantdesk.bench;

import io.plantdesk.platform.bench.BenchArgs;
import io.plantdesk.platform.bench.BenchScenario;

/** The migration tracker's reads and actions ({@link TrackerBench}) as a named scenario. */
public final class TrackerScenario implements BenchScenario {

    @Override
    public String name() {
        return "tracker";
    }

    @Override
    public String description() {
        return "the migration tracker: grid, drift report, rollback and migrate again [--samples S --out FILE]";
    }

    @Override
    public void run(BenchArgs a) throws Exception {
        TrackerBench.run((int) a.number("--samples", 50), a.path("--out", "modules/bench/target/bench-tracker.json"));
    }
}
