package io.plantdesk.maintenance.api;

import java.util.UUID;

/**
 * A work order as an api call left it.
 *
 * @param repeated true when the idempotency key had been used before and this is the first call's result
 */
public record WorkOrderRef(UUID id, int number, WorkOrderStatus status, boolean repeated) {}
