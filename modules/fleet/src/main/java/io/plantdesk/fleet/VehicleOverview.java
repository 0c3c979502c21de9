package io.plantdesk.fleet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A vehicle's line on the fleet overview: its status, its latest event, what it cost this month
 * (in the plant's time zone), how many readings wait for a person's look, and its most urgent open
 * reminder (null fields when it has none; nextState is a {@link ReminderState} value).
 */
public record VehicleOverview(
        UUID id,
        String plate,
        String make,
        String model,
        String status,
        String odometerUnit,
        String lastKind,
        OffsetDateTime lastAt,
        BigDecimal monthCost,
        int toReview,
        String nextTitle,
        String nextState,
        LocalDate nextDueOn,
        BigDecimal nextDueOdometer) {

    /** The next reminder's state, or null when the vehicle has no open reminder. */
    public ReminderState nextReminderState() {
        return nextState == null ? null : ReminderState.of(nextState);
    }
}
