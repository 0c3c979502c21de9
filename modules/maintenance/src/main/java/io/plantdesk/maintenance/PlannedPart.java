package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.util.UUID;

/** A part a work order is planned to take, and how many (the parts issued are the stock ledger's). */
public record PlannedPart(UUID id, UUID partId, BigDecimal quantity, int version) {}
