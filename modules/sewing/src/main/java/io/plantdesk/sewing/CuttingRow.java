package io.plantdesk.sewing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A cutting run (one lay) as planners list it: with its cutter's name, how many bundles it was cut
 * into (then its run and pieces cut are kept, V125) and its row version for a save over it.
 */
public record CuttingRow(
        UUID id,
        UUID runId,
        int layNo,
        int plies,
        int piecesCut,
        BigDecimal fabricUsed,
        BigDecimal wastage,
        UUID cutterId,
        String cutterName,
        OffsetDateTime cutAt,
        Integer minutes,
        int bundles,
        int version) {}
