package io.plantdesk.platform.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** Finds the demo seeds on the class path and puts them in an order that honours their dependencies. */
public final class DemoSeeds {

    private DemoSeeds() {}

    /** Every registered seed, in run order. */
    public static List<DemoSeed> discover() {
        List<DemoSeed> found = new ArrayList<>();
        ServiceLoader.load(DemoSeed.class, DemoSeeds.class.getClassLoader()).forEach(found::add);
        return order(found);
    }

    /**
     * Dependencies first, otherwise by name (so the order does not depend on the class path).
     *
     * @throws IllegalStateException naming the seed, when a dependency is missing, a name is taken
     *                               twice or the dependencies form a cycle
     */
    public static List<DemoSeed> order(List<DemoSeed> seeds) {
        Map<String, DemoSeed> byName = new LinkedHashMap<>();
        seeds.stream().sorted(Comparator.comparing(DemoSeed::name)).forEach(s -> {
            if (byName.putIfAbsent(s.name(), s) != null) {
                throw new IllegalStateException("Two demo seeds are called \"" + s.name() + "\".");
            }
        });
        for (DemoSeed s : byName.values()) {
            for (String dep : s.after()) {
                if (!byName.containsKey(dep)) {
                    throw new IllegalStateException("The demo seed \"" + s.name() + "\" needs \"" + dep
                            + "\", which no module on the class path provides.");
                }
            }
        }
        List<DemoSeed> out = new ArrayList<>();
        Map<String, Boolean> state = new LinkedHashMap<>(); // false: being visited, true: placed
        for (DemoSeed s : byName.values()) {
            visit(s, byName, state, out);
        }
        return List.copyOf(out);
    }

    private static void visit(
            DemoSeed s, Map<String, DemoSeed> byName, Map<String, Boolean> state, List<DemoSeed> out) {
        Boolean st = state.get(s.name());
        if (Boolean.TRUE.equals(st)) {
            return;
        }
        if (Boolean.FALSE.equals(st)) {
            throw new IllegalStateException(
                    "The demo seeds depend on each other in a cycle through \"" + s.name() + "\".");
        }
        state.put(s.name(), false);
        s.after().stream().sorted().forEach(dep -> visit(byName.get(dep), byName, state, out));
        state.put(s.name(), true);
        out.add(s);
    }
}
