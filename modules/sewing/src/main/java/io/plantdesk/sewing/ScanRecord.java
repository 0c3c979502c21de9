package io.plantdesk.sewing;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored scan with the names a sentence needs; {@code localTime} is in the plant's time zone. */
public record ScanRecord(
        UUID id,
        UUID bundleId,
        UUID operationId,
        int ticket,
        String styleCode,
        String operation,
        String operatorName,
        int pieces,
        OffsetDateTime scannedAt,
        String localTime) {}
