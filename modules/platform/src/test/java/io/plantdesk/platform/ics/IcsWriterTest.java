package io.plantdesk.platform.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The one iCalendar writer both calendar exports use (the maintenance planner's week and the fleet's
 * reminders; each feature reads its own file back with ical4j): line ends, folding, escaping, the
 * UTC and DATE forms.
 */
class IcsWriterTest {

    static final String LONG = "Belt; guard, \\ cover\nsecond line\r\nthird\rfourth — ünïcödé 🧵 and a long tail "
            + "that goes on past seventy-five octets, ééééééééééééééééééééééééé🧵🧵🧵🧵🧵🧵🧵🧵";

    @Test
    void everyLineEndsInCrlfAndIsFoldedAt75OctetsWithoutSplittingACharacter() {
        String ics = IcsWriter.calendar("Test", "Week 49; plan")
                .begin("VEVENT")
                .text("SUMMARY", LONG)
                .end("VEVENT")
                .finish();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Plantdesk//Test//EN\r\n");
        assertThat(ics).endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n").contains("X-WR-CALNAME:Week 49\\; plan\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        boolean folded = false;
        for (String line : ics.split("\r\n")) {
            byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
            assertThat(utf8.length).as(line).isLessThanOrEqualTo(75);
            assertThat(new String(utf8, StandardCharsets.UTF_8)).isEqualTo(line);
            folded |= line.startsWith(" ");
        }
        assertThat(folded).isTrue();
        assertThat(ics.replace("\r\n ", ""))
                .contains("SUMMARY:Belt\\; guard\\, \\\\ cover\\nsecond line\\nthird\\nfourth — ünïcödé 🧵 and");
    }

    @Test
    void timesAreUtcDatesAreDateValuesAndEmptyTextsAreLeftOut() {
        String ics = IcsWriter.calendar("Test", "x")
                .begin("VEVENT")
                .utc("DTSTAMP", Instant.parse("2026-11-30T07:15:09Z"))
                .date("DTSTART", LocalDate.of(2026, 12, 1))
                .date("DTEND", LocalDate.of(2027, 1, 1))
                .textIfAny("DESCRIPTION", "")
                .textIfAny("LOCATION", null)
                .value("SEQUENCE", "3")
                .end("VEVENT")
                .finish();
        assertThat(ics)
                .contains("DTSTAMP:20261130T071509Z\r\n")
                .contains("DTSTART;VALUE=DATE:20261201\r\n")
                .contains("DTEND;VALUE=DATE:20270101\r\n")
                .contains("SEQUENCE:3\r\n")
                .doesNotContain("DESCRIPTION")
                .doesNotContain("LOCATION");
    }

    @Test
    void controlCharactersAreDroppedAndTabsKept() {
        assertThat(IcsWriter.escape("a\u0000b\u0007c\td\u007f")).isEqualTo("abc\td");
        assertThat(IcsWriter.escape(null)).isEmpty();
    }
}
