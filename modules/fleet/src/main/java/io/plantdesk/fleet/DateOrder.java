package io.plantdesk.fleet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a file writes its days when not as ISO (2025-03-31, always read): LubeLogger exports them in
 * its user's locale, month first (3/31/2025, en-US) or day first (31/03/2025, en-GB; 31.03.2025).
 */
public enum DateOrder {
    MONTH_FIRST("M/d/uuuu"),
    DAY_FIRST("d/M/uuuu");

    /** Two small numbers and a four-digit year, between slashes, dots or dashes. */
    private static final Pattern LOCAL = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private final DateTimeFormatter format;

    DateOrder(String pattern) {
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The day of {@code text} (its time, after a space or a T, ignored); empty when it is no date in this order or ISO. */
    public Optional<LocalDate> parse(String text) {
        String day = text.trim().split("[ T]")[0];
        Matcher local = LOCAL.matcher(day);
        try {
            if (local.matches()) {
                return Optional.of(
                        LocalDate.parse(local.group(1) + "/" + local.group(2) + "/" + local.group(3), format));
            }
            return Optional.of(LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code text} is written in a local order (not ISO), so that the order matters. */
    public static boolean isLocal(String text) {
        return LOCAL.matcher(text.trim().split("[ T]")[0]).matches();
    }

    /**
     * The order a file's dates settle: a first number above 12 can only be a day, a second above 12
     * only a month. Empty when none does (every date fits both: a person chooses) or when they
     * contradict each other (each line that does not fit the chosen order is then reported).
     */
    public static Optional<DateOrder> detect(Iterable<String> dates) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (String d : dates) {
            Matcher local = LOCAL.matcher(d.trim().split("[ T]")[0]);
            if (local.matches()) {
                dayFirst |= Integer.parseInt(local.group(1)) > 12;
                monthFirst |= Integer.parseInt(local.group(2)) > 12;
            }
        }
        if (dayFirst == monthFirst) {
            return Optional.empty();
        }
        return Optional.of(dayFirst ? DAY_FIRST : MONTH_FIRST);
    }
}
