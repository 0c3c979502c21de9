package io.plantdesk.migrations.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What an environment's live catalog has that its migrations do not produce, and the reverse.
 *
 * @param version the version both sides are at (what the scratch database was migrated to)
 */
public record DriftReport(String version, List<Difference> differences, int objectsCompared) {

    public enum Change {
        /** The migrations create it; the environment does not have it. */
        MISSING,
        /** The environment has it; the migrations do not create it (made by hand, or by another tool). */
        EXTRA,
        /** Both have it, defined differently. */
        CHANGED
    }

    /** One object that differs. {@code expected} and {@code actual} are its definitions (null where absent). */
    public record Difference(Change change, String kind, String name, String expected, String actual) {
    }

    public static DriftReport compare(String version, CatalogSnapshot expected, CatalogSnapshot live) {
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
        out.sort(Comparator.comparing((Difference d) -> CatalogSnapshot.KINDS.indexOf(d.kind())).thenComparing(Difference::name));
        return new DriftReport(version, List.copyOf(out), expected.objects().size());
    }

    private static Difference difference(Change change, String key, String expected, String actual) {
        int space = key.indexOf(' ');
        return new Difference(change, key.substring(0, space), key.substring(space + 1), expected, actual);
    }

    public boolean isClean() {
        return differences.isEmpty();
    }

    /** One line per difference, e.g. "extra index core.person_phone_idx: CREATE INDEX ...". */
    public String text() {
        if (isClean()) {
            return "No drift: the catalog matches what migrations up to V" + version + " produce (" + objectsCompared
                    + " objects compared).";
        }
        StringBuilder b = new StringBuilder(differences.size() + " difference(s) from what migrations up to V" + version
                + " produce:\n");
        for (Difference d : differences) {
            b.append(switch (d.change()) {
                case MISSING -> "missing ";
                case EXTRA -> "extra   ";
                case CHANGED -> "changed ";
            }).append(d.kind()).append(' ').append(d.name());
            String def = d.change() == Change.MISSING ? d.expected() : d.actual();
            if (def != null && !def.isBlank() && !d.kind().equals("function")) {
                b.append(": ").append(def.replaceAll("\\s+", " "));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
