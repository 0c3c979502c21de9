package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.WorkOrderStatus;
import java.time.OffsetDateTime;

/** One step of a work order's status history; {@code from} is null for its creation. */
public record StatusChange(WorkOrderStatus from, WorkOrderStatus to, OffsetDateTime at, String byLogin) {}
