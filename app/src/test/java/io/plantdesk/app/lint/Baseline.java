package io.plantdesk.app.lint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Known design-lint problems waiting for the issue that owns the screen, one regular expression a
 * line, each under a comment naming that issue. A problem the baseline does not explain fails the
 * lint; an entry that explains nothing any more fails it too, so the list only ever shrinks.
 */
public final class Baseline {

    private final List<Pattern> known;
    private final java.util.Set<String> optional;

    private Baseline(List<Pattern> known, java.util.Set<String> optional) {
        this.known = known;
        this.optional = optional;
    }

    public static Baseline load(String resource) {
        List<Pattern> out = new ArrayList<>();
        java.util.Set<String> optional = new java.util.HashSet<>();
        try (InputStream in = Baseline.class.getResourceAsStream(resource)) {
            if (in != null) {
                for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .lines()
                        .toList()) {
                    // "? regex": a finding that depends on where the robot's pointer rests (a hover
                    // colour); it may be absent without the entry counting as stale.
                    if (line.startsWith("? ")) {
                        out.add(Pattern.compile(line.substring(2).strip()));
                        optional.add(out.getLast().pattern());
                    } else if (!line.isBlank() && !line.startsWith("#")) {
                        out.add(Pattern.compile(line.strip()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Baseline(out, optional);
    }

    /** The problems no entry explains, then the entries that explain no problem (stale ones). */
    public List<String> unexplained(List<String> problems) {
        List<String> out = new ArrayList<>();
        for (String p : problems) {
            if (known.stream().noneMatch(k -> k.matcher(p).matches())) {
                out.add(p);
            }
        }
        for (Pattern k : known) {
            if (!optional.contains(k.pattern())
                    && problems.stream().noneMatch(p -> k.matcher(p).matches())) {
                out.add("baseline entry explains nothing any more, remove it: " + k.pattern());
            }
        }
        return out;
    }
}
