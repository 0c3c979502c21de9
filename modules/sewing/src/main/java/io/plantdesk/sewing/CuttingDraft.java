package io.plantdesk.sewing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What is typed for a lay; fabric used, the cutter and the minutes it took may be unknown (null). */
public record CuttingDraft(
        UUID runId,
        int layNo,
        int plies,
        int piecesCut,
        BigDecimal fabricUsed,
        BigDecimal wastage,
        UUID cutterId,
        OffsetDateTime cutAt,
        Integer minutes) {}
