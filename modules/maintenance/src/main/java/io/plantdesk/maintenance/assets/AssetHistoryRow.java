package io.plantdesk.maintenance.assets;

import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One work order in an asset's history, newest first. */
public record AssetHistoryRow(
        UUID id,
        int number,
        String title,
        WorkOrderType type,
        WorkOrderStatus status,
        OffsetDateTime requestedAt,
        OffsetDateTime completedAt,
        String failureCode) {}
