package io.plantdesk.fleet;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event of a vehicle's timeline as stored. {@code odometerReview} is the database's reason to
 * have a person look at the reading ("lower_than_earlier", "higher_than_later"), null when it fits
 * or once {@code reviewedAt} says someone confirmed it.
 */
public record VehicleEvent(
        UUID id,
        UUID vehicleId,
        EventKind kind,
        OffsetDateTime occurredAt,
        BigDecimal odometer,
        BigDecimal cost,
        BigDecimal quantity,
        String quantityUnit,
        String description,
        BigDecimal latitude,
        BigDecimal longitude,
        String place,
        Boolean filledToFull,
        Boolean missedFill,
        String odometerReview,
        OffsetDateTime reviewedAt,
        OffsetDateTime deletedAt,
        int version) {

    public boolean needsReview() {
        return odometerReview != null && reviewedAt == null;
    }

    public boolean deleted() {
        return deletedAt != null;
    }
}
