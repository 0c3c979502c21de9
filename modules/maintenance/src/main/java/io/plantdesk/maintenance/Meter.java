package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A meter of an asset with its running total and when it was last read. */
public record Meter(UUID id, UUID assetId, MeterKind kind, String name, BigDecimal total, OffsetDateTime readAt) {}
