package io.plantdesk.fleet.api;

import java.util.UUID;

/**
 * The event a floor action made. {@code repeated}: the key had been seen, nothing new was written.
 * {@code needsReview}: the reading did not fit the vehicle's others and waits for a person's look.
 */
public record RecordedEvent(UUID eventId, boolean repeated, boolean needsReview) {}
