package io.plantdesk.sewing;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A QC check as the checkpoint sends it (and the outbox replays it).
 *
 * @param key             the client's idempotency key: the same key again records nothing more
 * @param qrCode          the bundle's ticket code
 * @param operationId     the operation checked (whose operator made the defects)
 * @param operatorId      who sewed that operation; null for whoever scanned the bundle for it (a
 *                        checkpoint offline, which could not look it up, leaves it to the server)
 * @param inspectorId     who checked; may be null
 * @param piecesDefective pieces with at least one defect
 * @param defectsByCode   defects per defect code id; their sum is the check's defects (DHU counts defects)
 * @param at              when it was checked; null for now
 */
public record QcCheckRequest(
        UUID key,
        String qrCode,
        UUID operationId,
        UUID operatorId,
        UUID inspectorId,
        int piecesChecked,
        int piecesDefective,
        Map<UUID, Integer> defectsByCode,
        OffsetDateTime at) {

    public QcCheckRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(qrCode, "qrCode");
        Objects.requireNonNull(operationId, "operationId");
        qrCode = qrCode.strip();
        defectsByCode = Map.copyOf(defectsByCode);
    }

    public int defects() {
        return defectsByCode.values().stream().mapToInt(Integer::intValue).sum();
    }
}
