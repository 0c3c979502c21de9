package io.plantdesk.sewing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One operator's day (in the plant's time zone): work from their scans (rework is not a scan, so
 * it is neither earned nor paid), minutes from their attendance.
 *
 * @param earnedMinutes      pieces x operation SMV over their scans
 * @param minutesWorked      minutes attended (overtime included)
 * @param offStandardMinutes minutes of that attendance their line or their machine stood still
 *                           (downtime of any reason: breakdown, waiting, no work, power...)
 * @param earnings           pieces x piece rate, in the plant's currency
 */
public record OperatorDay(
        LocalDate day,
        UUID operatorId,
        String operatorName,
        String lineCode,
        long pieces,
        BigDecimal earnedMinutes,
        long minutesWorked,
        long overtimeMinutes,
        BigDecimal offStandardMinutes,
        BigDecimal earnings) {

    /** Operator efficiency %: earned minutes x 100 / minutes worked; empty without attendance. */
    public Optional<BigDecimal> efficiency() {
        return percentOf(BigDecimal.valueOf(minutesWorked));
    }

    /** On-standard efficiency %: off-standard time left out of the denominator. */
    public Optional<BigDecimal> onStandardEfficiency() {
        return percentOf(BigDecimal.valueOf(minutesWorked).subtract(offStandardMinutes));
    }

    private Optional<BigDecimal> percentOf(BigDecimal minutes) {
        if (minutes.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(earnedMinutes.multiply(BigDecimal.valueOf(100)).divide(minutes, 1, RoundingMode.HALF_UP));
    }
}
