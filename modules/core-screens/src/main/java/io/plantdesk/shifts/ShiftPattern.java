package io.plantdesk.shifts;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One shift of the plant's calendar, in the plant's local time. An end at or before the start is
 * on the next day (a night shift). {@code id} and {@code version} are null for a shift not yet
 * saved.
 */
public record ShiftPattern(
        UUID id,
        String name,
        LocalTime starts,
        LocalTime ends,
        List<ShiftBreak> breaks,
        Set<DayOfWeek> days,
        LocalDate validFrom,
        Integer version) {

    public ShiftPattern {
        breaks = List.copyOf(breaks);
        days = Set.copyOf(days);
    }

    public boolean crossesMidnight() {
        return !ends.isAfter(starts);
    }

    public Duration length() {
        Duration d = Duration.between(starts, ends);
        return d.isNegative() || d.isZero() ? d.plusDays(1) : d;
    }

    /** Minutes worked: the shift without its breaks. */
    public long paidMinutes() {
        return length().toMinutes()
                - breaks.stream().mapToLong(ShiftBreak::minutes).sum();
    }
}
