package io.plantdesk.platform.bench;

import java.nio.file.Path;
import java.util.List;

/** The command line of a benchmark run: {@code --name value} options and {@code --flag}s. */
public record BenchArgs(List<String> args) {

    public BenchArgs {
        args = List.copyOf(args);
    }

    public static BenchArgs of(String... args) {
        return new BenchArgs(List.of(args));
    }

    public boolean has(String name) {
        return args.contains(name);
    }

    /** The value after {@code name}, or {@code def}. */
    public String string(String name, String def) {
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals(name)) {
                return args.get(i + 1);
            }
        }
        return def;
    }

    /** A number, "_" allowed as a thousands separator (15_000_000). */
    public long number(String name, long def) {
        String v = string(name, null);
        return v == null ? def : Long.parseLong(v.replace("_", ""));
    }

    public Path path(String name, String def) {
        String v = string(name, def);
        return v == null ? null : Path.of(v);
    }
}
