package io.plantdesk.fleet.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A fill-up as entered at the pump. {@code unit} is "L", "gal_us", "gal_uk" or "kWh";
 * {@code odometer} is in the vehicle's unit and may be null (LubeLogger defers such a fill).
 */
public record FuelEntry(
        UUID vehicleId,
        OffsetDateTime at,
        BigDecimal odometer,
        BigDecimal quantity,
        String unit,
        BigDecimal cost,
        boolean filledToFull,
        boolean missedPreviousFill,
        String place) {}
