package io.plantdesk.sewing;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A recorded scan.
 *
 * @param repeated true when the key had been used before: this is the first call's scan
 */
public record ScanResult(
        UUID scanId,
        int ticket,
        String styleCode,
        String operation,
        String operatorName,
        int pieces,
        OffsetDateTime scannedAt,
        boolean repeated) {}
