package io.plantdesk.maintenance.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Readings into an asset's meters (the sewing floor feeds pieces sewn; PM schedules count on them). */
public interface MeterFeed {

    /**
     * Adds pieces sewn to the machine's "pieces" meter (made on first use). Additions are never
     * lost to a concurrent one; a repeated key adds nothing and returns the first result.
     */
    MeterTotal addPieces(UUID idempotencyKey, UUID assetId, long pieces, OffsetDateTime at);

    /** Records an absolute reading (e.g. the run-hour counter); lower than the last is refused. */
    MeterTotal recordReading(UUID idempotencyKey, UUID meterId, BigDecimal value, OffsetDateTime at);
}
