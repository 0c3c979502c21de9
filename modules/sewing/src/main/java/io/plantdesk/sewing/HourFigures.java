package io.plantdesk.sewing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A line's (or an operator's) pieces in one hour of the plant's clock. */
public record HourFigures(
        OffsetDateTime hourStart, UUID lineId, UUID operatorId, long pieces, long output, BigDecimal earnedMinutes) {}
