package io.plantdesk.sewing;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * Pieces of a bundle mended by an operator; never output, never earned minutes, never paid.
 *
 * @param operatorId who mends them; null for whoever scanned the bundle for the operation
 * @param checkId the QC check that sent them back; may be null
 * @param at      when; null for now
 */
public record ReworkRequest(
        UUID key, String qrCode, UUID operationId, UUID operatorId, UUID checkId, int pieces, OffsetDateTime at) {

    public ReworkRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(qrCode, "qrCode");
        Objects.requireNonNull(operationId, "operationId");
        qrCode = qrCode.strip();
    }
}
