package io.plantdesk.migrations.catalog;

import io.plantdesk.platform.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What an environment's live catalog has that its migrations do not produce, and the reverse; or
 * what one environment has that another does not.
 *
 * @param version the version both sides are at (what the scratch database was migrated to); for
 *                two environments, the first one's
 * @param against what the live catalog was compared with, in words ("what migrations up to V9 produce")
 */
public record DriftReport(String version, List<Difference> differences, int objectsCompared, String against) {

    /** The migration service's bundle (io.plantdesk.migrations.service.ServiceText). */
    private static final String BUNDLE = "io.plantdesk.migrations.messages";

    public enum Change {
        /** The migrations create it; the environment does not have it. */
        MISSING,
        /** The environment has it; the migrations do not create it (made by hand, or by another tool). */
        EXTRA,
        /** Both have it, defined differently. */
        CHANGED
    }

    /** One object that differs. {@code expected} and {@code actual} are its definitions (null where absent). */
    public record Difference(Change change, String kind, String name, String expected, String actual) {}

    public static DriftReport compare(String version, CatalogSnapshot expected, CatalogSnapshot live) {
        return compare(version, expected, live, migrations(version).english());
    }

    /** "what migrations up to V9 produce": the words for the usual comparison, from the bundle. */
    private static Text migrations(String version) {
        return new Text(BUNDLE, "drift.against", version);
    }

    /** {@link #against} in the words {@code render} gives: an environment's name stays a name. */
    private String against(Function<Text, String> render) {
        Text usual = migrations(version);
        return against.equals(usual.english()) ? render.apply(usual) : against;
    }

    /** Environment against environment: {@code expected} is the first one, {@code live} the second. */
    public static DriftReport between(
            String firstName, String firstVersion, CatalogSnapshot first, String secondName, CatalogSnapshot second) {
        return compare(firstVersion, first, second, firstName);
    }

    /** {@code against} says what {@code expected} is, for the report's first line. */
    public static DriftReport compare(String version, CatalogSnapshot expected, CatalogSnapshot live, String against) {
        List<Difference> out = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.objects().entrySet()) {
            String actual = live.objects().get(e.getKey());
            if (actual == null) {
                out.add(difference(Change.MISSING, e.getKey(), e.getValue(), null));
            } else if (!actual.equals(e.getValue())) {
                out.add(difference(Change.CHANGED, e.getKey(), e.getValue(), actual));
            }
        }
        live.objects().forEach((key, actual) -> {
            if (!expected.objects().containsKey(key)) {
                out.add(difference(Change.EXTRA, key, null, actual));
            }
        });
        out.sort(Comparator.comparing((Difference d) -> CatalogSnapshot.KINDS.indexOf(d.kind()))
                .thenComparing(Difference::name));
        return new DriftReport(version, List.copyOf(out), expected.objects().size(), against);
    }

    private static Difference difference(Change change, String key, String expected, String actual) {
        int space = key.indexOf(' ');
        return new Difference(change, key.substring(0, space), key.substring(space + 1), expected, actual);
    }

    /** The same report without the differences of one kind ("owner"). */
    public DriftReport without(String kind) {
        return new DriftReport(
                version,
                differences.stream().filter(d -> !d.kind().equals(kind)).toList(),
                objectsCompared,
                against);
    }

    public boolean isClean() {
        return differences.isEmpty();
    }

    /**
     * One line per difference, e.g. "extra index core.person_phone_idx: CREATE INDEX ..."; a changed
     * function or view is followed by a unified diff of its definition.
     */
    public String text() {
        return text(Text::english);
    }

    /** The same with its sentences rendered by {@code render} (the screen: the person's language). */
    public String text(Function<Text, String> render) {
        if (isClean()) {
            return render.apply(new Text(BUNDLE, "drift.clean", against(render), objectsCompared));
        }
        StringBuilder b = new StringBuilder(
                        render.apply(new Text(BUNDLE, "drift.summary", differences.size(), against(render))))
                .append('\n');
        for (Difference d : differences) {
            b.append(
                            switch (d.change()) {
                                case MISSING -> "missing ";
                                case EXTRA -> "extra   ";
                                case CHANGED -> "changed ";
                            })
                    .append(d.kind())
                    .append(' ')
                    .append(d.name());
            String def = d.change() == Change.MISSING ? d.expected() : d.actual();
            if (d.change() == Change.CHANGED
                    && (d.kind().equals("function") || d.kind().equals("view"))) {
                b.append('\n')
                        .append(UnifiedDiff.of("expected", readable(d.expected()), "actual", readable(d.actual()))
                                .indent(4)
                                .stripTrailing());
            } else if (d.change() == Change.CHANGED && def != null) {
                b.append(": ")
                        .append(d.expected().replaceAll("\\s+", " "))
                        .append("  ->  ")
                        .append(def.replaceAll("\\s+", " "));
            } else if (def != null && !def.isBlank() && !d.kind().equals("function")) {
                b.append(": ").append(def.replaceAll("\\s+", " "));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** A view's definition is kept on one line for comparison; split it at its clauses for the diff. */
    private static String readable(String def) {
        return def.contains("\n")
                ? def
                : def.replaceAll(" (FROM|WHERE|GROUP BY|ORDER BY|JOIN|LEFT JOIN|UNION|HAVING) ", "\n$1 ");
    }
}
