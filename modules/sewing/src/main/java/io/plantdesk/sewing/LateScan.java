package io.plantdesk.sewing;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A scan of a shift recorded after the shift ended (a station's outbox replaying, say). */
public record LateScan(
        UUID scanId,
        int ticket,
        String styleCode,
        String operation,
        String operatorName,
        String lineCode,
        int pieces,
        OffsetDateTime scannedAt,
        OffsetDateTime recordedAt,
        String device) {}
