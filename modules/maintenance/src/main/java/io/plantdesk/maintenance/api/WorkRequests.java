package io.plantdesk.maintenance.api;

import java.util.UUID;

/** Opening work from another feature (the sewing floor's breakdown button). */
public interface WorkRequests {

    /**
     * Opens a corrective (or emergency) work order for the machine in one transaction: requested
     * by the caller, downtime started. The same {@code idempotencyKey} again returns the first
     * work order and opens nothing.
     */
    WorkOrderRef openCorrective(UUID idempotencyKey, BreakdownReport report);
}
