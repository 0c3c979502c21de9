package io.plantdesk.sewing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A sewing run: a line sews an order of a style. */
public record Run(
        UUID id,
        UUID lineId,
        UUID styleId,
        String orderRef,
        int orderQty,
        BigDecimal targetEfficiency,
        LocalDate startsOn,
        LocalDate endsOn) {}
