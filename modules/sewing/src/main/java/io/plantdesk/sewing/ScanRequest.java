package io.plantdesk.sewing;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A bundle scan as the station sends it (and the outbox replays it).
 *
 * @param key        the client's idempotency key: the same key again records nothing more
 * @param qrCode     what the keyboard-wedge scanner typed
 * @param machineId  the machine sewn on (its pieces meter is fed); may be null
 * @param at         when it was scanned on the station; null for now
 */
public record ScanRequest(
        UUID key, String qrCode, UUID operationId, UUID operatorId, UUID machineId, String device, OffsetDateTime at) {

    public ScanRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(qrCode, "qrCode");
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(operatorId, "operatorId");
        qrCode = qrCode.strip();
    }
}
