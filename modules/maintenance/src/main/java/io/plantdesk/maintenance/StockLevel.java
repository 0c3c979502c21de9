package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.util.UUID;

/** A part's stock at one location. */
public record StockLevel(UUID partId, String partCode, UUID locationId, String locationName, BigDecimal onHand) {}
