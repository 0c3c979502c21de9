package io.plantdesk.sewing.ui;

import io.plantdesk.platform.outbox.ReferenceCache;
import io.plantdesk.sewing.DefectCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The plant's defect codes in the person's reference cache (beside the scan station's operators
 * and operations), so a QC checkpoint opened while the server is away still records by code.
 */
final class QcStationCache {

    static final String DEFECT_CODES = "sewing.qc.defect_codes";

    private QcStationCache() {}

    static void save(ReferenceCache cache, List<DefectCode> codes, Instant now) {
        cache.put(
                DEFECT_CODES,
                codes.stream()
                        .map(c -> Map.of("id", c.id().toString(), "code", c.code(), "name", c.name()))
                        .toList(),
                now);
    }

    static Optional<List<DefectCode>> load(ReferenceCache cache) {
        return cache.get(DEFECT_CODES)
                .map(c -> c.rows().stream()
                        .map(r -> new DefectCode(UUID.fromString(r.get("id")), r.get("code"), r.get("name")))
                        .toList());
    }
}
