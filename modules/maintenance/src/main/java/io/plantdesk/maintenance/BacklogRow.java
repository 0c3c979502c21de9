package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One line of the backlog table. {@code assignees} are display names, sorted; {@code assetCode} the machine's label. */
public record BacklogRow(
        UUID id,
        int number,
        String title,
        WorkOrderType type,
        Priority priority,
        WorkOrderStatus status,
        UUID assetId,
        String assetName,
        String assetCode,
        OffsetDateTime dueAt,
        OffsetDateTime scheduledStart,
        BigDecimal estimatedHours,
        List<String> tags,
        List<String> assignees,
        boolean overdue,
        int version) {}
