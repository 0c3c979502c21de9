package io.plantdesk.bench;

import io.plantdesk.platform.bench.BenchArgs;
import io.plantdesk.platform.bench.BenchScenario;
import java.nio.file.Path;

/** An installed Plantdesk's start-up ({@link StartupBench}) as a named scenario. */
public final class StartupScenario implements BenchScenario {

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String description() {
        return "an installed launcher's start-up to the login and the first dashboard --startup LAUNCHER [--samples S --out FILE]";
    }

    @Override
    public void run(BenchArgs a) throws Exception {
        String launcher = a.string("--startup", null);
        if (launcher == null) {
            throw new IllegalArgumentException("Name the installed launcher: --startup /opt/plantdesk/bin/Plantdesk");
        }
        StartupBench.run(
                Path.of(launcher),
                (int) a.number("--samples", 10),
                a.path("--out", "modules/bench/target/bench-startup.json"));
    }
}
