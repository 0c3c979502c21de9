package io.plantdesk.fleet;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a person enters for an event. Location fields count only when the event is recorded; later
 * moves go through a location correction, which keeps the original and the reason.
 */
public record EventDraft(
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
        Boolean missedFill) {

    public static EventDraft of(
            UUID vehicleId,
            EventKind kind,
            OffsetDateTime at,
            BigDecimal odometer,
            BigDecimal cost,
            String description) {
        return new EventDraft(
                vehicleId, kind, at, odometer, cost, null, null, description, null, null, null, null, null);
    }

    public static EventDraft fuel(
            UUID vehicleId,
            OffsetDateTime at,
            BigDecimal odometer,
            BigDecimal litres,
            BigDecimal cost,
            boolean full,
            boolean missed) {
        return new EventDraft(
                vehicleId, EventKind.FUEL, at, odometer, cost, litres, "L", null, null, null, null, full, missed);
    }

    public String kindValue() {
        return kind.dbValue();
    }
}
