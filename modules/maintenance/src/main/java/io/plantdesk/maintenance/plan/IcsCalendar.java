package io.plantdesk.maintenance.plan;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar object (RFC 5545) that calendar programs import: CRLF line ends, content
 * lines folded at 75 octets without splitting a UTF-8 character (section 3.1), TEXT values with
 * backslash, semicolon, comma and line breaks escaped (3.3.11), times in UTC ("Z" form, 3.3.5) so
 * no VTIMEZONE is needed, and DTSTAMP on every event (3.8.7.2).
 */
public final class IcsCalendar {

    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private IcsCalendar() {}

    /** The whole file: a VCALENDAR named {@code name} holding the events. */
    public static String write(String name, List<IcsEvent> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Plantdesk//Maintenance planner//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(name));
        for (IcsEvent e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(e.uid()));
            line(out, "DTSTAMP:" + time(e.stamp()));
            line(out, "DTSTART:" + time(e.start()));
            line(out, "DTEND:" + time(e.end()));
            line(out, "SEQUENCE:" + e.sequence());
            line(out, "SUMMARY:" + text(e.summary()));
            if (e.description() != null && !e.description().isEmpty()) {
                line(out, "DESCRIPTION:" + text(e.description()));
            }
            if (e.location() != null && !e.location().isEmpty()) {
                line(out, "LOCATION:" + text(e.location()));
            }
            line(out, "STATUS:" + (e.confirmed() ? "CONFIRMED" : "TENTATIVE"));
            line(out, "TRANSP:OPAQUE");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String time(Instant t) {
        return UTC.format(t);
    }

    /**
     * A TEXT value: backslash, semicolon and comma escaped, any line break as {@code \n}; other
     * control characters (not allowed in TEXT) dropped, tab kept.
     */
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

    /**
     * Appends one content line, folded: no physical line longer than 75 octets (UTF-8) before its
     * CRLF; each continuation starts with one space (which counts towards its 75). A character
     * (a surrogate pair too) is never split.
     */
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
