package io.plantdesk.maintenance.api;

/**
 * The outcome of a technician's action replayed through the outbox.
 *
 * @param repeated true when the idempotency key had been used before: nothing was done this time
 */
public record ActionResult(boolean repeated) {}
