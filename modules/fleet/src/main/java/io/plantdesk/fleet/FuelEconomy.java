package io.plantdesk.fleet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Fuel economy the way LubeLogger computes it (Helper/GasHelper.cs of hargata/lubelog), on
 * kilometres and litres, shown in any {@link FuelUnit}:
 * <ul>
 * <li>fills are taken by time, then odometer; the first fill only sets the starting reading;</li>
 * <li>each later fill covers the distance since the previous reading (never negative);</li>
 * <li>a partial fill (not to full) yields no figure: its distance and fuel wait for the next full
 *     fill, which yields (waiting distance + its distance) / (waiting fuel + its fuel);</li>
 * <li>a full fill without an odometer reading waits the same way;</li>
 * <li>a fill marked "missed the previous fill-up" yields no figure and drops what was waiting, since
 *     fuel that was never recorded went into that distance;</li>
 * <li>the average is the distance over the fuel of the fills LubeLogger includes: those with a
 *     figure, partial fills, and fills without a reading (never a missed one).</li>
 * </ul>
 */
public final class FuelEconomy {

    private FuelEconomy() {}

    /** A fill's figures: the distance since the previous reading, its fuel, and its economy if any. */
    public record Result(VehicleEvent fill, double distanceKm, double litres, double kmPerLitre) {

        public boolean hasFigure() {
            return kmPerLitre > 0;
        }

        /** The fill's economy in {@code unit}; empty for a fill that yields none. */
        public OptionalDouble economy(FuelUnit unit) {
            return hasFigure() ? OptionalDouble.of(unit.of(kmPerLitre, 1)) : OptionalDouble.empty();
        }

        boolean includedInAverage() {
            boolean full = Boolean.TRUE.equals(fill.filledToFull());
            boolean missed = Boolean.TRUE.equals(fill.missedFill());
            return hasFigure() || (!full && !missed) || (fill.odometer() == null && !missed);
        }
    }

    /** @param fills a vehicle's fuel events; {@code odometerUnit} the vehicle's ("km" or "mi") */
    public static List<Result> compute(List<VehicleEvent> fills, String odometerUnit) {
        List<VehicleEvent> sorted = fills.stream()
                .sorted(Comparator.comparing(VehicleEvent::occurredAt)
                        .thenComparing(e -> e.odometer() == null ? BigDecimal.ZERO : e.odometer()))
                .toList();
        List<Result> out = new ArrayList<>(sorted.size());
        double previous = 0;
        double waitingKm = 0;
        double waitingLitres = 0;
        for (int i = 0; i < sorted.size(); i++) {
            VehicleEvent e = sorted.get(i);
            double litres = FuelUnit.litres(e.quantity().doubleValue(), e.quantityUnit());
            double reading = e.odometer() == null ? 0 : FuelUnit.km(e.odometer().doubleValue(), odometerUnit);
            if (i == 0) {
                out.add(new Result(e, 0, litres, 0));
            } else {
                double delta = Math.max(0, reading - previous);
                double economy = 0;
                if (Boolean.TRUE.equals(e.missedFill())) {
                    waitingKm = 0;
                    waitingLitres = 0;
                } else if (Boolean.TRUE.equals(e.filledToFull()) && e.odometer() != null) {
                    if (litres > 0 && delta > 0) {
                        economy = (waitingKm + delta) / (waitingLitres + litres);
                    }
                    waitingKm = 0;
                    waitingLitres = 0;
                } else {
                    waitingKm += delta;
                    waitingLitres += litres;
                }
                out.add(new Result(e, delta, litres, economy));
            }
            if (e.odometer() != null) {
                previous = reading;
            }
        }
        return out;
    }

    /** LubeLogger's average over the included fills; empty when there is no distance or fuel to divide. */
    public static OptionalDouble average(List<Result> results, FuelUnit unit) {
        double km = 0;
        double litres = 0;
        for (Result r : results) {
            if (r.includedInAverage()) {
                km += r.distanceKm();
                litres += r.litres();
            }
        }
        return km > 0 && litres > 0 ? OptionalDouble.of(unit.of(km, litres)) : OptionalDouble.empty();
    }
}
