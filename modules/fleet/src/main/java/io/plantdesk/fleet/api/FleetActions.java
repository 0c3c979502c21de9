package io.plantdesk.fleet.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The fleet's floor actions, each idempotent on a client-generated key: sending the same key again
 * (a retry, an outbox replay) returns the first event and writes nothing. This is the shape the
 * offline outbox registers as an action type.
 */
public interface FleetActions {

    RecordedEvent recordFuel(UUID clientKey, FuelEntry entry);

    RecordedEvent recordOdometer(UUID clientKey, UUID vehicleId, OffsetDateTime at, BigDecimal reading);
}
