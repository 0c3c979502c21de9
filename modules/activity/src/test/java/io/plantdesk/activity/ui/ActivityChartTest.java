package io.plantdesk.activity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.activity.ActivitySummary;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The Activity chart: every day of the range (zero where nothing changed), whole-number ticks. */
class ActivityChartTest {

    private static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");

    @Test
    void ninetyDaysAreNinetyBarsEndingTodayWithEmptyDaysAsZero() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        LocalDate first = today.minusDays(89);
        List<ActivitySummary.Count> perDay = List.of(
                new ActivitySummary.Count(
                        "x", today.minusDays(3).atStartOfDay(DHAKA).toOffsetDateTime(), 4),
                new ActivitySummary.Count("x", today.atStartOfDay(DHAKA).toOffsetDateTime(), 7));
        List<ActivitySummary.Count> days = ActivityViewModel.everyDay(perDay, first, 90, DHAKA);
        assertThat(days).hasSize(90);
        assertThat(days.getFirst().day().toLocalDate()).isEqualTo(first);
        assertThat(days.getLast().day().toLocalDate()).isEqualTo(today);
        assertThat(days.getLast().changes()).isEqualTo(7);
        assertThat(days.get(86).changes()).isEqualTo(4);
        assertThat(days.stream().mapToLong(ActivitySummary.Count::changes).sum())
                .isEqualTo(11);
        assertThat(days.stream().filter(d -> d.changes() == 0)).hasSize(88);
    }

    @Test
    void tickStepsAreWholeNumbersOneTwoFive() {
        assertThat(LongStream.iterate(1, ActivityView::nextStep)
                        .limit(7)
                        .boxed()
                        .toList())
                .containsExactly(1L, 2L, 5L, 10L, 20L, 50L, 100L);
    }
}
