package io.plantdesk.maintenance.api;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A meter after a reading.
 *
 * @param repeated true when the idempotency key had been used before and this is the first call's result
 */
public record MeterTotal(UUID meterId, BigDecimal total, boolean repeated) {}
