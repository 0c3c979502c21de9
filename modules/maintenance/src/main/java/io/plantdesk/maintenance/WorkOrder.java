package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A work order as stored. {@code version} grows with every change (core.stamp_row): an edit sends
 * the version it started from, and a stale one comes back as {@link SaveResult.Conflict}.
 */
public record WorkOrder(
        UUID id,
        int number,
        String title,
        String description,
        WorkOrderType type,
        Priority priority,
        WorkOrderStatus status,
        UUID assetId,
        UUID requestedBy,
        OffsetDateTime requestedAt,
        OffsetDateTime dueAt,
        OffsetDateTime scheduledStart,
        OffsetDateTime scheduledEnd,
        BigDecimal estimatedHours,
        BigDecimal actualHours,
        OffsetDateTime downtimeStart,
        OffsetDateTime downtimeEnd,
        String failureCode,
        String failureCause,
        String failureRemedy,
        List<String> tags,
        OffsetDateTime completedAt,
        OffsetDateTime closedAt,
        UUID pmScheduleId,
        UUID raisedFromItem,
        OffsetDateTime updatedAt,
        String updatedBy,
        int version) {

    public WorkOrder {
        tags = List.copyOf(tags);
    }

    /** The editable part, as the editor starts from it. */
    public WorkOrderDraft draft() {
        return new WorkOrderDraft(
                title,
                description,
                type,
                priority,
                assetId,
                dueAt,
                scheduledStart,
                scheduledEnd,
                estimatedHours,
                actualHours,
                downtimeStart,
                downtimeEnd,
                failureCode,
                failureCause,
                failureRemedy,
                tags);
    }
}
