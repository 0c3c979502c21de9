package io.plantdesk.sewing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A line's day as the day rollup counts it: what the floor recorded (scans, attendance, stops) or,
 * for a line with no scan and no attendance that day, its imported team day (docs/sewing-import.md
 * says how the file's columns map onto these figures). Never both, so nothing counts twice.
 *
 * @param operators        people present (an imported day's workers, part-timers as fractions)
 * @param downtimeMinutes  minutes the line stood (an imported day's idle time)
 * @param targetEfficiency the imported day's targeted productivity in percent; null for a recorded day
 * @param wip              the imported day's work in progress; null for a recorded day
 */
public record LineDay(
        LocalDate day,
        UUID lineId,
        String lineCode,
        String lineName,
        Source source,
        long output,
        BigDecimal earnedMinutes,
        long attendedMinutes,
        BigDecimal operators,
        long overtimeMinutes,
        BigDecimal downtimeMinutes,
        BigDecimal targetEfficiency,
        Integer wip) {

    /** Where a line's day comes from. */
    public enum Source {
        /** Recorded on the floor: scans, attendance, stops. */
        LIVE,
        /** The team production file's record of the day. */
        IMPORTED
    }

    /** Earned minutes x 100 / attended minutes, one decimal; empty when nobody attended. */
    public Optional<BigDecimal> efficiency() {
        if (attendedMinutes == 0) {
            return Optional.empty();
        }
        return Optional.of(earnedMinutes
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(attendedMinutes), 1, RoundingMode.HALF_UP));
    }
}
