package io.plantdesk.fleet;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Where an event was first put, where it really was, why it moved, and who moved it when. */
public record LocationCorrection(
        UUID id,
        UUID eventId,
        BigDecimal originalLatitude,
        BigDecimal originalLongitude,
        String originalPlace,
        BigDecimal latitude,
        BigDecimal longitude,
        String place,
        String reason,
        String correctedBy,
        OffsetDateTime correctedAt) {}
