package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A part to order: what is on hand, what the PM work due within the horizon will take
 * ({@code pmNeed}: every calendar due in the horizon, every meter schedule within its lead, and
 * every open PM work order not yet given the part), and how much to order so that, after that
 * work, stock is back above the reorder point (at least the part's reorder quantity).
 */
public record ReorderSuggestion(
        UUID partId,
        String code,
        String name,
        String unit,
        BigDecimal onHand,
        BigDecimal reorderPoint,
        BigDecimal pmNeed,
        BigDecimal suggested,
        UUID vendorId,
        BigDecimal unitCost) {}
