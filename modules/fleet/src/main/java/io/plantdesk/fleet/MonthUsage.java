package io.plantdesk.fleet;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.OptionalDouble;

/**
 * A month's distance (km), fuel (litres; kWh for electric vehicles) and the distance and fuel of
 * the fills that yielded a LubeLogger economy figure in it, from which every unit is shown.
 */
public record MonthUsage(
        OffsetDateTime monthStart,
        BigDecimal distanceKm,
        BigDecimal fuelLitres,
        BigDecimal economyKm,
        BigDecimal economyLitres) {

    /** The month's fuel economy in {@code unit}; empty when no fill yielded a figure. */
    public OptionalDouble economy(FuelUnit unit) {
        return economyKm.signum() > 0 && economyLitres.signum() > 0
                ? OptionalDouble.of(unit.of(economyKm.doubleValue(), economyLitres.doubleValue()))
                : OptionalDouble.empty();
    }
}
