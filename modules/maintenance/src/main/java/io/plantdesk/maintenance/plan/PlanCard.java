package io.plantdesk.maintenance.plan;

import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A scheduled work order on the planner. {@code version} is the one it was read at: a move sends
 * it, and someone else's save in between is refused, never overwritten.
 */
public record PlanCard(
        UUID id,
        int number,
        String title,
        String description,
        WorkOrderType type,
        Priority priority,
        WorkOrderStatus status,
        String assetName,
        OffsetDateTime start,
        OffsetDateTime end,
        BigDecimal estimatedHours,
        List<UUID> assignees,
        OffsetDateTime updatedAt,
        int version) {

    public PlanCard {
        assignees = List.copyOf(assignees);
    }

    /**
     * The hours the work order books: its estimate when it has one, else the length of its slot.
     * This is what a day's load adds up.
     */
    public BigDecimal hours() {
        if (estimatedHours != null) {
            return estimatedHours;
        }
        long minutes = Duration.between(start, end).toMinutes();
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
