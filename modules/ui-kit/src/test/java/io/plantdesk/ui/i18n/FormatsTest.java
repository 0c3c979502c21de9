package io.plantdesk.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates and numbers follow the locale; counts read as words, never "problem(s)". */
class FormatsTest {

    private static final Instant T = Instant.parse("2026-12-01T14:05:09Z");

    @Test
    void datesAndNumbersFollowTheLocale() {
        Formats uk = new Formats(Locale.UK, ZoneId.of("UTC"));
        Formats us = new Formats(Locale.US, ZoneId.of("UTC"));
        assertThat(uk.dateTime(T)).isEqualTo("1 Dec 2026, 14:05");
        assertThat(us.dateTime(T)).contains("Dec 1, 2026").contains("2:05");
        assertThat(uk.date(LocalDate.of(2026, 12, 1))).isEqualTo("1 Dec 2026");
        assertThat(uk.time(T)).isEqualTo("14:05:09");
        assertThat(us.number(12345)).isEqualTo("12,345");
        assertThat(new Formats(Locale.GERMANY, ZoneId.of("UTC")).number(12345)).isEqualTo("12.345");
        assertThat(uk.dateTime((Instant) null)).isEqualTo("–");
    }

    @Test
    void theBundlesPluralsReadAsWords() {
        // The form the bundles use for counts (MessageFormat's choice, as ICU's plural would).
        String pattern = "{0}: {1,choice,0#no problems|1#one problem|1<{1,number,integer} problems}.";
        assertThat(new MessageFormat(pattern, Locale.UK).format(new Object[] {"Demo", 0}))
                .isEqualTo("Demo: no problems.");
        assertThat(new MessageFormat(pattern, Locale.UK).format(new Object[] {"Demo", 1}))
                .isEqualTo("Demo: one problem.");
        assertThat(new MessageFormat(pattern, Locale.UK).format(new Object[] {"Demo", 1200}))
                .isEqualTo("Demo: 1,200 problems.");
    }
}
