package io.plantdesk.maintenance.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * SMRP Schedule Compliance, by work orders (metric 5.4.12): work orders completed within the
 * week they were scheduled for / work orders scheduled, in percent, over whole past schedule
 * weeks [{@code firstMonday}, {@code endMonday}). Empty when nothing was scheduled.
 */
public record ScheduleCompliance(LocalDate firstMonday, LocalDate endMonday, long scheduled, long onTime) {

    public Optional<BigDecimal> percent() {
        return scheduled == 0
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(onTime * 100)
                        .divide(BigDecimal.valueOf(scheduled), 1, RoundingMode.HALF_UP));
    }
}
