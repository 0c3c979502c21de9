package io.plantdesk.fleet;

/** How fuel economy is shown; every figure is computed from kilometres and litres. */
public enum FuelUnit {
    /** Litres per 100 km: lower is better. */
    L_PER_100_KM,
    KM_PER_L,
    /** Miles per US gallon (3.785411784 L). */
    MPG_US,
    /** Miles per imperial gallon (4.54609 L). */
    MPG_UK;

    static final double KM_PER_MILE = 1.609344;
    static final double L_PER_US_GALLON = 3.785411784;
    static final double L_PER_UK_GALLON = 4.54609;

    /** The economy in this unit of {@code km} driven on {@code litres}. */
    public double of(double km, double litres) {
        return switch (this) {
            case L_PER_100_KM -> 100 * litres / km;
            case KM_PER_L -> km / litres;
            case MPG_US -> (km / KM_PER_MILE) / (litres / L_PER_US_GALLON);
            case MPG_UK -> (km / KM_PER_MILE) / (litres / L_PER_UK_GALLON);
        };
    }

    /** A quantity in a fuel entry's unit as litres (kWh stay kWh: an electric vehicle's figures are per kWh). */
    static double litres(double quantity, String unit) {
        return switch (unit) {
            case "gal_us" -> quantity * L_PER_US_GALLON;
            case "gal_uk" -> quantity * L_PER_UK_GALLON;
            default -> quantity;
        };
    }

    /** An odometer distance in the vehicle's unit as kilometres. */
    static double km(double distance, String odometerUnit) {
        return "mi".equals(odometerUnit) ? distance * KM_PER_MILE : distance;
    }
}
