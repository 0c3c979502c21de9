package io.plantdesk.sewing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What a planner types for a run; {@code endsOn} may be open (the run has no planned end yet). */
public record RunDraft(
        UUID lineId,
        UUID styleId,
        String orderRef,
        int orderQty,
        BigDecimal targetEfficiency,
        LocalDate startsOn,
        LocalDate endsOn) {}
