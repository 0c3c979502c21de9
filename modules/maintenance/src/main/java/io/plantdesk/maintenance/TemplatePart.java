package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.util.UUID;

/** A part a work-order template's job usually takes, and how many. */
public record TemplatePart(UUID partId, BigDecimal quantity) {}
