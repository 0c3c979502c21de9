package io.plantdesk.fleet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A reminder as fleet.reminder_status shows it: the plan, whether and when it was done, the
 * vehicle's current reading, how many days and km are left (negative: overdue by), and its state.
 */
public record Reminder(
        UUID id,
        UUID vehicleId,
        String plate,
        String odometerUnit,
        UUID garageId,
        String title,
        String notes,
        LocalDate dueOn,
        BigDecimal dueOdometer,
        Integer everyMonths,
        BigDecimal everyDistance,
        int soonDays,
        BigDecimal soonDistance,
        UUID previousId,
        LocalDate doneOn,
        BigDecimal doneOdometer,
        OffsetDateTime doneAt,
        int version,
        BigDecimal currentOdometer,
        Integer daysLeft,
        BigDecimal distanceLeft,
        ReminderState state) {

    public boolean recurring() {
        return everyMonths != null || everyDistance != null;
    }

    public ReminderDraft draft() {
        return new ReminderDraft(
                vehicleId, title, notes, dueOn, dueOdometer, everyMonths, everyDistance, soonDays, soonDistance);
    }
}
