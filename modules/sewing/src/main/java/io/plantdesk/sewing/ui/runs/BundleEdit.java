package io.plantdesk.sewing.ui.runs;

import io.plantdesk.sewing.FloorSetupService.SizeCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Make bundles" as typed: the sizes and their pieces ("S 20, M 40, L 20") and the pieces a
 * bundle holds. Checked before sending: each size named once with its pieces, and the sizes add up
 * to the lay's pieces cut, so the database's own check (the same sum) is rarely the one to say it.
 */
final class BundleEdit {

    /** sewing.bundle: a size is 1 to 12 characters; a bundle holds 1 to 1000 pieces. */
    static final int MAX_SIZE_CHARS = 12;

    static final int MAX_BUNDLE = 1000;

    /** The plant's usual bundle. */
    static final String USUAL_BUNDLE = "20";

    /** A size, then a separator or none, then its pieces: "M 40", "M: 40", "XL=12". */
    private static final Pattern ENTRY = Pattern.compile("\\s*(\\S.*?)\\s*[:=]?\\s*(\\d+)\\s*");

    final StringProperty sizes = new SimpleStringProperty("");
    final StringProperty bundleSize = new SimpleStringProperty(USUAL_BUNDLE);
    final StringProperty sizesError = new SimpleStringProperty("");
    final StringProperty bundleSizeError = new SimpleStringProperty("");

    private final BiFunction<String, Object[], String> text;

    BundleEdit(BiFunction<String, Object[], String> text) {
        this.text = text;
    }

    void clear() {
        sizes.set("");
        bundleSize.set(USUAL_BUNDLE);
        clearErrors();
    }

    void clearErrors() {
        sizesError.set("");
        bundleSizeError.set("");
    }

    /** What to send for a lay of {@code layNo} that cut {@code pieces}, or empty with the reasons. */
    Optional<Checked> check(int layNo, int pieces) {
        clearErrors();
        boolean ok = true;
        Integer per = RunEdit.whole(bundleSize.get());
        if (per == null || per < 1 || per > MAX_BUNDLE) {
            bundleSizeError.set(text.apply("cut.check.bundle", new Object[] {MAX_BUNDLE}));
            ok = false;
        }
        List<SizeCount> counts = parse(sizes.get());
        if (counts == null) {
            sizesError.set(text.apply("cut.check.sizes", new Object[] {MAX_SIZE_CHARS}));
            ok = false;
        } else {
            int total = counts.stream().mapToInt(SizeCount::pieces).sum();
            if (total != pieces) {
                sizesError.set(text.apply("cut.check.sizes.total", new Object[] {total, layNo, pieces}));
                ok = false;
            }
        }
        return ok ? Optional.of(new Checked(counts, per)) : Optional.empty();
    }

    /** The sizes in the order typed, or null when an entry is not "size pieces" or a size is twice. */
    static List<SizeCount> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        List<SizeCount> out = new ArrayList<>();
        for (String entry : typed.split("[,;\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) {
                return null;
            }
            String size = m.group(1).strip();
            Integer n = RunEdit.whole(m.group(2));
            if (size.length() > MAX_SIZE_CHARS
                    || n == null
                    || n < 1
                    || out.stream().anyMatch(s -> s.size().equalsIgnoreCase(size))) {
                return null;
            }
            out.add(new SizeCount(size, n));
        }
        return out.isEmpty() ? null : out;
    }

    record Checked(List<SizeCount> sizes, int bundleSize) {}
}
