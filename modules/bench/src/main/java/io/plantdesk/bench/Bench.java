package io.plantdesk.bench;

import io.plantdesk.platform.bench.BenchArgs;
import io.plantdesk.platform.bench.BenchScenario;
import io.plantdesk.platform.bench.ScaleGenerator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The benchmark harness: runs the scenario that {@code --scenario NAME} names, found among the
 * scenarios the modules on the class path register (ServiceLoader); {@code --list} shows them.
 * The older spellings still work: {@code --tracker}, {@code --startup LAUNCHER}, and no scenario
 * at all for "activity" (whose {@code --reuse DIR} measures an earlier run's data again).
 * Run in a JVM of its own: {@code modules/bench/run --scenario activity --rows 15000000}.
 */
public final class Bench {

    public static void main(String[] argv) throws Exception {
        BenchArgs args = new BenchArgs(List.of(argv));
        List<BenchScenario> scenarios = scenarios();
        if (args.has("--list")) {
            scenarios.forEach(s -> System.out.printf("%-10s %s%n", s.name(), s.description()));
            generators().forEach(g -> System.out.printf("%-10s generator %s%n", "", g.name()));
            return;
        }
        String name = scenarioName(args);
        BenchScenario scenario = scenarios.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("No benchmark scenario called \"" + name + "\"; there are: "
                                + scenarios.stream().map(BenchScenario::name).toList() + " (--list describes them)"));
        scenario.run(args);
    }

    /** The scenario the arguments ask for, the older flags included. */
    static String scenarioName(BenchArgs args) {
        if (args.string("--scenario", null) != null) {
            return args.string("--scenario", null);
        }
        if (args.has("--tracker")) {
            return "tracker";
        }
        if (args.string("--startup", null) != null) {
            return "startup";
        }
        return "activity";
    }

    static List<BenchScenario> scenarios() {
        List<BenchScenario> out = new ArrayList<>();
        ServiceLoader.load(BenchScenario.class, Bench.class.getClassLoader()).forEach(out::add);
        out.sort(Comparator.comparing(BenchScenario::name));
        return out;
    }

    static List<ScaleGenerator> generators() {
        List<ScaleGenerator> out = new ArrayList<>();
        ServiceLoader.load(ScaleGenerator.class, Bench.class.getClassLoader()).forEach(out::add);
        out.sort(Comparator.comparing(ScaleGenerator::name));
        return out;
    }

    private Bench() {}
}
