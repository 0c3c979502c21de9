package io.plantdesk.fleet;

import java.util.UUID;

/** A vehicle of the fleet; its odometer readings are in {@code odometerUnit} ("km" or "mi"). */
public record Vehicle(
        UUID id,
        String plate,
        String vin,
        String make,
        String model,
        Integer modelYear,
        String fuelType,
        String odometerUnit,
        String status,
        UUID garageId,
        UUID driverId,
        int version) {}
