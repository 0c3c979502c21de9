package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.util.UUID;

/** A new part, or a part's editable fields. */
public record PartDraft(
        String code,
        String name,
        String unit,
        BigDecimal unitCost,
        BigDecimal reorderPoint,
        BigDecimal reorderQty,
        UUID vendorId) {

    public PartDraft {
        unit = unit == null ? "pcs" : unit;
        unitCost = unitCost == null ? BigDecimal.ZERO : unitCost;
        reorderPoint = reorderPoint == null ? BigDecimal.ZERO : reorderPoint;
        reorderQty = reorderQty == null ? BigDecimal.ZERO : reorderQty;
    }
}
