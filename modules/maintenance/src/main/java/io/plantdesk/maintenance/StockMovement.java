package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A line of the stock ledger; {@code quantity} is signed (out of stock negative). */
public record StockMovement(
        UUID id,
        UUID partId,
        UUID locationId,
        MovementKind kind,
        BigDecimal quantity,
        BigDecimal unitCost,
        UUID workOrderId,
        String reason,
        OffsetDateTime at,
        String createdBy) {}
