package io.plantdesk.platform.ics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an iCalendar object (RFC 5545) that calendar programs import: CRLF line ends, content
 * lines folded at 75 octets without splitting a UTF-8 character (section 3.1), TEXT values with
 * backslash, semicolon, comma and line breaks escaped (3.3.11), times in UTC ("Z" form, 3.3.5) so
 * no VTIMEZONE is needed, all-day dates as DATE values (3.3.4). The features say which components
 * and properties they write; this class only says how they are written.
 */
public final class IcsWriter {

    public static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    private IcsWriter() {}

    /**
     * A VCALENDAR begun with its version, its product ({@code -//Plantdesk//<product>//EN}) and its
     * name as calendar programs show it (X-WR-CALNAME).
     */
    public static IcsWriter calendar(String product, String name) {
        IcsWriter w = new IcsWriter();
        w.line("BEGIN:VCALENDAR");
        w.line("VERSION:2.0");
        w.line("PRODID:-//Plantdesk//" + product + "//EN");
        w.line("CALSCALE:GREGORIAN");
        w.text("X-WR-CALNAME", name);
        return w;
    }

    public IcsWriter begin(String component) {
        return line("BEGIN:" + component);
    }

    public IcsWriter end(String component) {
        return line("END:" + component);
    }

    /** A property whose value is written as it is (a number, a duration, an enumerated value). */
    public IcsWriter value(String name, String value) {
        return line(name + ":" + value);
    }

    /** A TEXT property, escaped. */
    public IcsWriter text(String name, String value) {
        return line(name + ":" + escape(value));
    }

    /** A TEXT property, left out when {@code value} is null or empty. */
    public IcsWriter textIfAny(String name, String value) {
        return value == null || value.isEmpty() ? this : text(name, value);
    }

    /** A DATE-TIME property in UTC. */
    public IcsWriter utc(String name, Instant t) {
        return line(name + ":" + UTC.format(t));
    }

    /** A DATE property (an all-day event's start, or its end: the next day). */
    public IcsWriter date(String name, LocalDate d) {
        return line(name + ";VALUE=DATE:" + DateTimeFormatter.BASIC_ISO_DATE.format(d));
    }

    /** Ends the VCALENDAR and gives the whole text. */
    public String finish() {
        line("END:VCALENDAR");
        return out.toString();
    }

    /**
     * A TEXT value: backslash, semicolon and comma escaped, any line break as {@code \n}; other
     * control characters (not allowed in TEXT) dropped, tab kept.
     */
    public static String escape(String s) {
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
    private IcsWriter line(String content) {
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
        return this;
    }
}
