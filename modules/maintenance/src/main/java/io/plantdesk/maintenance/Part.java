package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.util.UUID;

/** A spare part with its total stock over all locations ({@code onHand}, derived from the ledger). */
public record Part(
        UUID id,
        String code,
        String name,
        String unit,
        BigDecimal unitCost,
        BigDecimal reorderPoint,
        BigDecimal reorderQty,
        UUID vendorId,
        BigDecimal onHand,
        int version) {

    /** At or below its reorder point. */
    public boolean low() {
        return onHand.compareTo(reorderPoint) <= 0 && reorderPoint.signum() > 0;
    }
}
