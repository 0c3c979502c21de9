package io.plantdesk.maintenance.ui.planner;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Days, times and hours as the planner shows them, in the person's locale and the plant's zone. */
final class PlannerTexts {

    private PlannerTexts() {}

    /** "Mon 30 Nov" style: the weekday and the date, short. */
    static String day(LocalDate d) {
        return DateTimeFormatter.ofPattern("EEE d MMM", Locale.getDefault()).format(d);
    }

    static String date(LocalDate d) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.getDefault())
                .format(d);
    }

    /** A moment as the plant's wall-clock date and time. */
    static String time(OffsetDateTime t, ZoneId zone) {
        return t == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                        .withLocale(Locale.getDefault())
                        .format(t.atZoneSameInstant(zone));
    }

    /** The plant's wall-clock time of day. */
    static String clock(OffsetDateTime t, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(Locale.getDefault())
                .format(t.atZoneSameInstant(zone));
    }

    /** Hours with at most two decimals ("7.5", "8"). */
    static String hours(BigDecimal h) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.getDefault());
        f.setMaximumFractionDigits(2);
        return f.format(h);
    }
}
