package io.plantdesk.shifts;

import io.plantdesk.platform.Text;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The calendar's rules, checked before a shift is sent (the database checks the same again:
 * V018's constraints and overlap trigger). Each problem is one sentence of the bundle.
 */
public final class ShiftRules {

    static final String BUNDLE = "io.plantdesk.shifts.messages";
    private static final int WEEK = 7 * 1440;

    private ShiftRules() {}

    static Text text(String key, Object... args) {
        return new Text(BUNDLE, key, args);
    }

    /** Every problem of {@code draft} against the plant's other shifts; empty when it may be saved. */
    public static List<Text> problems(ShiftPattern draft, List<ShiftPattern> others) {
        List<Text> out = new ArrayList<>();
        if (draft.name() == null
                || draft.name().isBlank()
                || draft.name().strip().length() > 40) {
            out.add(text("shifts.error.name"));
        }
        if (draft.starts() == null || draft.ends() == null) {
            out.add(text("shifts.error.times"));
            return out;
        }
        if (draft.starts().equals(draft.ends())) {
            out.add(text("shifts.error.zeroLength"));
        }
        if (draft.days().isEmpty()) {
            out.add(text("shifts.error.days"));
        }
        if (draft.validFrom() == null) {
            out.add(text("shifts.error.validFrom"));
        }
        breakProblem(draft).ifPresent(out::add);
        if (out.isEmpty()) {
            overlapping(draft, others).ifPresent(o -> out.add(text("shifts.error.overlap", o.name())));
        }
        return out;
    }

    private static Optional<Text> breakProblem(ShiftPattern s) {
        if (s.breaks().size() > 6) {
            return Optional.of(text("shifts.error.tooManyBreaks"));
        }
        long len = s.length().toMinutes();
        long prevEnd = 0;
        for (ShiftBreak b : s.breaks()) {
            long off = b.start().equals(s.starts()) ? 0 : minutesAfter(s, b);
            if (b.minutes() < 1 || off <= prevEnd || off + b.minutes() >= len) {
                return Optional.of(text("shifts.error.break", b.start().toString()));
            }
            prevEnd = off + b.minutes();
        }
        return Optional.empty();
    }

    private static long minutesAfter(ShiftPattern s, ShiftBreak b) {
        Duration d = Duration.between(s.starts(), b.start());
        return (d.isNegative() || d.isZero() ? d.plusDays(1) : d).toMinutes();
    }

    /** The first other live shift sharing a minute of the week with {@code draft}. */
    public static Optional<ShiftPattern> overlapping(ShiftPattern draft, List<ShiftPattern> others) {
        return others.stream()
                .filter(o -> draft.id() == null || !draft.id().equals(o.id()))
                .filter(o -> overlaps(draft, o))
                .findFirst();
    }

    static boolean overlaps(ShiftPattern a, ShiftPattern b) {
        for (long[] x : weekRanges(a)) {
            for (long[] y : weekRanges(b)) {
                if (x[0] < y[1] && y[0] < x[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    // Same as core.shift_week_ranges: minutes from Monday 00:00, wrapping from Sunday into Monday.
    private static List<long[]> weekRanges(ShiftPattern s) {
        List<long[]> out = new ArrayList<>();
        long len = s.length().toMinutes();
        for (DayOfWeek d : s.days()) {
            long start = (d.getValue() - 1) * 1440L
                    + s.starts().getHour() * 60L
                    + s.starts().getMinute();
            out.add(new long[] {start, Math.min(start + len, WEEK)});
            if (start + len > WEEK) {
                out.add(new long[] {0, start + len - WEEK});
            }
        }
        return out;
    }

    /** Name as the database's unique index compares it. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
