package io.plantdesk.fleet;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * Writes reminders as an iCalendar object (RFC 5545) that calendar programs import: CRLF line
 * ends, lines folded at 75 octets without splitting a character (3.1), TEXT escaped (3.3.11),
 * all-day events as DATE values with the next day as DTEND (3.6.1), DTSTAMP in UTC, and a display
 * alarm the reminder's "due soon" days before. The same rules as the maintenance planner's writer;
 * features do not share code but through platform, and this one needs dates, not times.
 */
final class ReminderCalendar {

    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private ReminderCalendar() {}

    static String write(
            String name,
            List<Reminder> reminders,
            Function<Reminder, String> summary,
            Function<Reminder, String> description,
            Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Plantdesk//Fleet reminders//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(name));
        for (Reminder r : reminders) {
            String what = summary.apply(r);
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + r.id() + "@fleet.plantdesk");
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(r.dueOn()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(r.dueOn().plusDays(1)));
            // The version: a calendar that imported the file before replaces the edited event.
            line(out, "SEQUENCE:" + (r.version() - 1));
            line(out, "SUMMARY:" + text(what));
            String more = description.apply(r);
            if (more != null && !more.isEmpty()) {
                line(out, "DESCRIPTION:" + text(more));
            }
            line(out, "TRANSP:TRANSPARENT");
            if (r.soonDays() > 0) {
                line(out, "BEGIN:VALARM");
                line(out, "ACTION:DISPLAY");
                line(out, "DESCRIPTION:" + text(what));
                line(out, "TRIGGER:-P" + r.soonDays() + "D");
                line(out, "END:VALARM");
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\r' -> {
                    b.append("\\n");
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> b.append("\\n");
                default -> {
                    if (c == '\t' || (c >= 0x20 && c != 0x7f)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** One content line, folded: at most 75 octets before each CRLF, continuations start with a space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
