package io.plantdesk.maintenance.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * How much a technician can work: the plant shift they work ({@code shiftId}, its length less its
 * breaks on its days) or {@code hoursPerDay} on {@code workDays} (ISO weekdays, 1 = Monday).
 * Exactly one of the two is set; the database checks that too.
 */
public record Capacity(UUID shiftId, String shiftName, BigDecimal hoursPerDay, List<Integer> workDays) {

    public Capacity {
        workDays = workDays == null ? List.of() : List.copyOf(workDays);
    }

    public static Capacity ofShift(UUID shiftId) {
        return new Capacity(shiftId, null, null, List.of());
    }

    public static Capacity ofHours(BigDecimal hoursPerDay, List<Integer> workDays) {
        return new Capacity(null, null, hoursPerDay, workDays);
    }
}
