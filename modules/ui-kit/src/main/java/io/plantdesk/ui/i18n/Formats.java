package io.plantdesk.ui.i18n;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one way Plantdesk writes dates, times and numbers: the person's locale decides the order
 * and the words ("1 Dec 2026, 14:05" in Britain, "Dec 1, 2026, 2:05 PM" in the US), never a
 * pattern typed into a screen. Screens that mixed four formats on one page now share these.
 */
public record Formats(Locale locale, ZoneId zone) {

    /** The computer's locale and time zone. */
    public static Formats system() {
        return new Formats(Locale.getDefault(Locale.Category.FORMAT), ZoneId.systemDefault());
    }

    /** A moment: medium date, short time ("1 Dec 2026, 14:05"). */
    public String dateTime(Instant t) {
        return t == null
                ? "–"
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(t.atZone(zone));
    }

    /**
     * A moment with its zone ("1 Dec 2026, 14:05 UTC"): for what several servers or computers
     * record, where the same row reads differently elsewhere (the migration tracker).
     */
    public String dateTimeWithZone(Instant t) {
        return t == null
                ? "–"
                : dateTime(t) + " " + DateTimeFormatter.ofPattern("zzz", locale).format(t.atZone(zone));
    }

    public String dateTime(OffsetDateTime t) {
        return t == null ? "–" : dateTime(t.toInstant());
    }

    /** A day: medium date ("1 Dec 2026"). */
    public String date(LocalDate d) {
        return d == null
                ? "–"
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(d);
    }

    /** A time of today, with seconds where they matter ("14:05:09"). */
    public String time(Instant t) {
        return t == null
                ? "–"
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(t.atZone(zone));
    }

    public String time(ZonedDateTime t) {
        return t == null ? "–" : time(t.toInstant());
    }

    /** A whole number with the locale's grouping ("12,345"). */
    public String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }
}
