package io.plantdesk.fleet;

import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The vehicle form's rules, checked as a person types so Save says what is wrong before anything is
 * sent. The same rules are the vehicle table's CHECK constraints (V040), which answer for any
 * client; a rule here never accepts what the database would refuse.
 */
public final class VehicleCheck {

    /** What is wrong with a draft, first problem first; the screen words each from its bundle. */
    public enum Problem {
        PLATE,
        VIN,
        MAKE,
        MODEL,
        YEAR,
        FUEL,
        UNIT,
        STATUS
    }

    private static final Pattern PLATE = Pattern.compile("[A-Z0-9][A-Z0-9 -]{0,14}[A-Z0-9]");
    /** ISO 3779: seventeen letters and digits; I, O and Q are never used (they read as 1 and 0). */
    private static final Pattern VIN = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");

    public static final int FIRST_YEAR = 1950;
    public static final int LAST_YEAR = 2100;

    private VehicleCheck() {}

    /** The plate as it is stored: capitals, without surrounding spaces. */
    public static String plate(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }

    public static Optional<Problem> first(VehicleDraft d) {
        if (!PLATE.matcher(plate(d.plate())).matches()) {
            return Optional.of(Problem.PLATE);
        }
        String vin = plate(d.vin());
        if (!vin.isEmpty() && !VIN.matcher(vin).matches()) {
            return Optional.of(Problem.VIN);
        }
        if (!fits(d.make(), 60)) {
            return Optional.of(Problem.MAKE);
        }
        if (!fits(d.model(), 60)) {
            return Optional.of(Problem.MODEL);
        }
        if (d.modelYear() != null && (d.modelYear() < FIRST_YEAR || d.modelYear() > LAST_YEAR)) {
            return Optional.of(Problem.YEAR);
        }
        if (d.fuelType() == null) {
            return Optional.of(Problem.FUEL);
        }
        if (d.odometerUnit() == null) {
            return Optional.of(Problem.UNIT);
        }
        if (d.status() == null) {
            return Optional.of(Problem.STATUS);
        }
        return Optional.empty();
    }

    /** A model year as typed: empty is none; anything else must be a year. */
    public static Optional<Integer> year(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Year.parse(t).getValue());
        } catch (DateTimeParseException e) {
            return Optional.of(-1);
        }
    }

    private static boolean fits(String s, int max) {
        return s != null && !s.isBlank() && s.strip().length() <= max;
    }
}
