package io.plantdesk.maintenance.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The .ics writer against RFC 5545, checked two ways: octet by octet (CRLF only, no physical line
 * over 75 octets, continuation lines start with a space) and by a real iCalendar parser (ical4j),
 * which must give back the exact texts, nasty ones included.
 */
class IcsCalendarTest {

    static final String NASTY = "Belt; guard, \\ cover\nsecond line\r\nthird\rfourth — ünïcödé 🧵 "
            + "and a long tail that goes on well past seventy-five octets so the line must fold, "
            + "ééééééééééééééééééééééééééééééééééééééééééééééé🧵🧵🧵🧵🧵🧵🧵🧵";
    static final Instant STAMP = Instant.parse("2026-11-30T07:15:00Z");
    static final Instant START = Instant.parse("2026-12-01T03:00:00Z");
    static final Instant END = Instant.parse("2026-12-01T05:30:00Z");

    static String sample() {
        return IcsCalendar.write(
                "Rafiq Islam, week 49; plan",
                List.of(
                        new IcsEvent(
                                "workorder-0190a0b0-0000-7000-8000-000000000001@plantdesk",
                                STAMP,
                                START,
                                END,
                                "#12 " + NASTY,
                                "Machine, line 1;\nhours: 2.5",
                                "Lockstitch \\ 1",
                                3,
                                true),
                        new IcsEvent(
                                "workorder-0190a0b0-0000-7000-8000-000000000002@plantdesk",
                                STAMP,
                                START,
                                END,
                                "#13 Oil",
                                "",
                                null,
                                1,
                                false)));
    }

    @Test
    void everyLineEndsInCrlfAndNoneIsLongerThan75OctetsWithoutSplittingACharacter() {
        String ics = sample();
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        String[] lines = ics.split("\r\n");
        boolean folded = false;
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            // A split surrogate pair would not survive the round trip through UTF-8.
            assertThat(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                    .isEqualTo(line);
            folded |= line.startsWith(" ");
        }
        assertThat(folded).isTrue();
        // Unfolding (RFC 5545 3.1: remove CRLF followed by one space) gives the escaped content line.
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded)
                .contains("SUMMARY:#12 Belt\\; guard\\, \\\\ cover\\nsecond line\\nthird\\nfourth — ünïcödé 🧵 and");
        assertThat(unfolded)
                .contains("DTSTART:20261201T030000Z\r\n")
                .contains("DTEND:20261201T053000Z\r\n")
                .contains("DTSTAMP:20261130T071500Z\r\n");
    }

    @Test
    void aRealParserReadsTheExactTextsTimesAndUidsBack() throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(sample()));
        assertThat(cal.validate().hasErrors()).as(cal.validate().toString()).isFalse();
        List<VEvent> events = cal.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        VEvent first = events.getFirst();
        assertThat(value(first, Property.SUMMARY))
                .isEqualTo("#12 " + NASTY.replace("\r\n", "\n").replace('\r', '\n'));
        assertThat(value(first, Property.DESCRIPTION)).isEqualTo("Machine, line 1;\nhours: 2.5");
        assertThat(value(first, Property.LOCATION)).isEqualTo("Lockstitch \\ 1");
        assertThat(value(first, Property.UID)).isEqualTo("workorder-0190a0b0-0000-7000-8000-000000000001@plantdesk");
        assertThat(value(first, Property.DTSTART)).isEqualTo("20261201T030000Z");
        assertThat(value(first, Property.DTEND)).isEqualTo("20261201T053000Z");
        assertThat(value(first, Property.SEQUENCE)).isEqualTo("3");
        assertThat(value(events.get(1), Property.STATUS)).isEqualTo("TENTATIVE");
        assertThat(events.get(1).getProperty(Property.DESCRIPTION)).isEmpty();
        assertThat(cal.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Rafiq Islam, week 49; plan");
    }

    @Test
    void controlCharactersAreDroppedAndTabsKept() {
        assertThat(IcsCalendar.text("a\u0000b\u0007c\td\u007f")).isEqualTo("abc\td");
    }

    private static String value(VEvent e, String name) {
        return e.getProperty(name).orElseThrow().getValue();
    }
}
