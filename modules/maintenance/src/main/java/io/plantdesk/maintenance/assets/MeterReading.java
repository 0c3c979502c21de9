package io.plantdesk.maintenance.assets;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A reading of a meter: the total then, and what was added (null for an absolute reading). */
public record MeterReading(OffsetDateTime readAt, BigDecimal delta, BigDecimal total) {}
