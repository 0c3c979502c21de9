package io.plantdesk.fleet;

import java.util.UUID;

/** What a person fills in for a vehicle; the database checks every field. */
public record VehicleDraft(
        String plate,
        String vin,
        String make,
        String model,
        Integer modelYear,
        String fuelType,
        String odometerUnit,
        String status,
        UUID garageId,
        UUID driverId) {

    public static VehicleDraft of(String plate, String make, String model, String fuelType, UUID garageId) {
        return new VehicleDraft(plate, null, make, model, null, fuelType, "km", "active", garageId, null);
    }
}
