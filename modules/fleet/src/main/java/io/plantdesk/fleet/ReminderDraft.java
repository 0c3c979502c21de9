package io.plantdesk.fleet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a person plans: due on a day, at a reading (in the vehicle's unit), or both (whichever comes
 * first); repeating every N months and/or N km; "due soon" that many days or km before.
 */
public record ReminderDraft(
        UUID vehicleId,
        String title,
        String notes,
        LocalDate dueOn,
        BigDecimal dueOdometer,
        Integer everyMonths,
        BigDecimal everyDistance,
        int soonDays,
        BigDecimal soonDistance) {

    public static final int SOON_DAYS = 14;
    public static final BigDecimal SOON_DISTANCE = BigDecimal.valueOf(500);

    public static ReminderDraft byDate(UUID vehicleId, String title, LocalDate dueOn, Integer everyMonths) {
        return new ReminderDraft(vehicleId, title, null, dueOn, null, everyMonths, null, SOON_DAYS, SOON_DISTANCE);
    }

    public static ReminderDraft byOdometer(
            UUID vehicleId, String title, BigDecimal dueOdometer, BigDecimal everyDistance) {
        return new ReminderDraft(
                vehicleId, title, null, null, dueOdometer, null, everyDistance, SOON_DAYS, SOON_DISTANCE);
    }

    public boolean recurring() {
        return everyMonths != null || everyDistance != null;
    }
}
