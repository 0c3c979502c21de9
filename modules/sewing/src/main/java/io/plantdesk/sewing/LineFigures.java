package io.plantdesk.sewing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.UUID;

/**
 * A line's figures for a stretch (a shift, or the open part of one).
 *
 * @param output          pieces finished (scanned at the style's last operation)
 * @param earnedMinutes   pieces x SMV over every operation scanned
 * @param attendedMinutes minutes the line's operators attended
 */
public record LineFigures(
        UUID lineId,
        String lineCode,
        String lineName,
        long output,
        BigDecimal earnedMinutes,
        long attendedMinutes,
        long operators,
        long overtimeMinutes,
        BigDecimal downtimeMinutes) {

    /** Earned minutes x 100 / attended minutes, one decimal; empty when nobody attended. */
    public Optional<BigDecimal> efficiency() {
        if (attendedMinutes == 0) {
            return Optional.empty();
        }
        return Optional.of(earnedMinutes
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(attendedMinutes), 1, RoundingMode.HALF_UP));
    }

    /** Efficiency leaving downtime out of the denominator (on-standard efficiency). */
    public Optional<BigDecimal> onStandardEfficiency() {
        BigDecimal onStandard =
                BigDecimal.valueOf(attendedMinutes).subtract(downtimeMinutes.multiply(BigDecimal.valueOf(operators)));
        if (onStandard.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(earnedMinutes.multiply(BigDecimal.valueOf(100)).divide(onStandard, 1, RoundingMode.HALF_UP));
    }
}
