package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * LubeLogger's fuel economy (Helper/GasHelper.cs), each figure worked by hand:
 * 1 mi = 1.609344 km, 1 US gal = 3.785411784 L, 1 UK gal = 4.54609 L.
 */
class FuelEconomyTest {

    private static final Offset<Double> CLOSE = within(0.0005);
    private static final OffsetDateTime DAY0 = OffsetDateTime.of(2025, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC);

    private static VehicleEvent fill(
            int day, Integer odometer, double quantity, String unit, boolean full, boolean missed) {
        return new VehicleEvent(
                UUID.randomUUID(),
                null,
                EventKind.FUEL,
                DAY0.plusDays(day),
                odometer == null ? null : BigDecimal.valueOf(odometer),
                null,
                BigDecimal.valueOf(quantity),
                unit,
                null,
                null,
                null,
                null,
                full,
                missed,
                null,
                null,
                null,
                1);
    }

    private static double figure(FuelEconomy.Result r, FuelUnit unit) {
        return r.economy(unit).orElseThrow();
    }

    @Test
    void fullToFullIsTheDistanceOverTheFuelInEveryUnit() {
        // 500 km on 40 L: 12.5 km/L; 100 * 40 / 500 = 8 L/100 km; 310.6856 mi / 10.5669 US gal = 29.402;
        // 310.6856 mi / 8.79877 UK gal = 35.310.
        var r = FuelEconomy.compute(
                List.of(fill(0, 10_000, 40, "L", true, false), fill(9, 10_500, 40, "L", true, false)), "km");
        assertThat(r.get(0).hasFigure())
                .as("the first fill only sets the start")
                .isFalse();
        assertThat(figure(r.get(1), FuelUnit.KM_PER_L)).isCloseTo(12.5, CLOSE);
        assertThat(figure(r.get(1), FuelUnit.L_PER_100_KM)).isCloseTo(8.0, CLOSE);
        assertThat(figure(r.get(1), FuelUnit.MPG_US)).isCloseTo(29.402, within(0.001));
        assertThat(figure(r.get(1), FuelUnit.MPG_UK)).isCloseTo(35.310, within(0.001));
        assertThat(FuelEconomy.average(r, FuelUnit.L_PER_100_KM).orElseThrow()).isCloseTo(8.0, CLOSE);
    }

    @Test
    void aPartialFillDefersToTheNextFullFill() {
        // 1000 full; 1300 partial 20 L (no figure, 300 km and 20 L wait); 1600 full 30 L:
        // (300 + 300) km / (20 + 30) L = 12 km/L = 8.333 L/100 km = 28.226 MPG US = 33.898 MPG UK.
        var r = FuelEconomy.compute(
                List.of(
                        fill(0, 1000, 40, "L", true, false),
                        fill(5, 1300, 20, "L", false, false),
                        fill(10, 1600, 30, "L", true, false)),
                "km");
        assertThat(r.get(1).hasFigure()).isFalse();
        assertThat(r.get(1).distanceKm()).isEqualTo(300);
        assertThat(figure(r.get(2), FuelUnit.KM_PER_L)).isCloseTo(12.0, CLOSE);
        assertThat(figure(r.get(2), FuelUnit.L_PER_100_KM)).isCloseTo(8.3333, CLOSE);
        assertThat(figure(r.get(2), FuelUnit.MPG_US)).isCloseTo(28.226, within(0.001));
        assertThat(figure(r.get(2), FuelUnit.MPG_UK)).isCloseTo(33.898, within(0.001));
        assertThat(FuelEconomy.average(r, FuelUnit.KM_PER_L).orElseThrow()).isCloseTo(12.0, CLOSE);
    }

    @Test
    void aMissedFillUpBreaksTheChain() {
        // 1000 full; 1300 partial 20 L waits; 1800 full but missed the fill before: no figure and the
        // waiting 300 km / 20 L are dropped; 2200 full 32 L: 400 / 32 = 12.5 km/L (not 900 / 82).
        var r = FuelEconomy.compute(
                List.of(
                        fill(0, 1000, 40, "L", true, false),
                        fill(5, 1300, 20, "L", false, false),
                        fill(10, 1800, 30, "L", true, true),
                        fill(15, 2200, 32, "L", true, false)),
                "km");
        assertThat(r.get(2).hasFigure()).isFalse();
        assertThat(figure(r.get(3), FuelUnit.KM_PER_L)).isCloseTo(12.5, CLOSE);
        assertThat(figure(r.get(3), FuelUnit.L_PER_100_KM)).isCloseTo(8.0, CLOSE);
        assertThat(figure(r.get(3), FuelUnit.MPG_US)).isCloseTo(29.402, within(0.001));
        assertThat(figure(r.get(3), FuelUnit.MPG_UK)).isCloseTo(35.310, within(0.001));
        // LubeLogger's average takes the partial fill and the last full one, never the missed one:
        // (300 + 400) km / (20 + 32) L = 13.4615 km/L = 7.4286 L/100 km = 31.664 MPG US = 38.026 MPG UK.
        assertThat(FuelEconomy.average(r, FuelUnit.KM_PER_L).orElseThrow()).isCloseTo(13.4615, CLOSE);
        assertThat(FuelEconomy.average(r, FuelUnit.L_PER_100_KM).orElseThrow()).isCloseTo(7.4286, CLOSE);
        assertThat(FuelEconomy.average(r, FuelUnit.MPG_US).orElseThrow()).isCloseTo(31.664, within(0.001));
        assertThat(FuelEconomy.average(r, FuelUnit.MPG_UK).orElseThrow()).isCloseTo(38.026, within(0.001));
    }

    @Test
    void milesAndUsGallonsReadAsTheyWereEntered() {
        // 300 mi on 10 US gal = 30 MPG US; 482.803 km / 37.854 L = 12.754 km/L = 7.8405 L/100 km;
        // 300 mi / 8.32674 UK gal = 36.028 MPG UK.
        var r = FuelEconomy.compute(
                List.of(fill(0, 20_000, 10, "gal_us", true, false), fill(7, 20_300, 10, "gal_us", true, false)), "mi");
        assertThat(figure(r.get(1), FuelUnit.MPG_US)).isCloseTo(30.0, CLOSE);
        assertThat(figure(r.get(1), FuelUnit.MPG_UK)).isCloseTo(36.028, within(0.001));
        assertThat(figure(r.get(1), FuelUnit.KM_PER_L)).isCloseTo(12.7543, CLOSE);
        assertThat(figure(r.get(1), FuelUnit.L_PER_100_KM)).isCloseTo(7.8405, CLOSE);
    }

    @Test
    void ukGallonsOnAKilometreOdometer() {
        // 400 km on 8 UK gal (36.369 L): 248.548 mi / 8 = 31.069 MPG UK; 10.9985 km/L; 9.0922 L/100 km.
        var r = FuelEconomy.compute(
                List.of(fill(0, 50_000, 8, "gal_uk", true, false), fill(7, 50_400, 8, "gal_uk", true, false)), "km");
        assertThat(figure(r.get(1), FuelUnit.MPG_UK)).isCloseTo(31.069, within(0.001));
        assertThat(figure(r.get(1), FuelUnit.KM_PER_L)).isCloseTo(10.9985, CLOSE);
        assertThat(figure(r.get(1), FuelUnit.L_PER_100_KM)).isCloseTo(9.0922, CLOSE);
        assertThat(figure(r.get(1), FuelUnit.MPG_US)).isCloseTo(25.870, within(0.001));
    }

    @Test
    void aFullFillWithoutAReadingWaitsLikeAPartialOne() {
        // 1000 full; a full 20 L without a reading (waits, the start stays 1000); 1500 full 30 L:
        // 500 km / 50 L = 10 km/L.
        var r = FuelEconomy.compute(
                List.of(
                        fill(0, 1000, 40, "L", true, false),
                        fill(3, null, 20, "L", true, false),
                        fill(6, 1500, 30, "L", true, false)),
                "km");
        assertThat(r.get(1).hasFigure()).isFalse();
        assertThat(figure(r.get(2), FuelUnit.KM_PER_L)).isCloseTo(10.0, CLOSE);
        assertThat(figure(r.get(2), FuelUnit.L_PER_100_KM)).isCloseTo(10.0, CLOSE);
    }

    @Test
    void fillsAreTakenInTimeOrderWhateverOrderTheyCameIn() {
        var r = FuelEconomy.compute(
                List.of(fill(9, 10_500, 40, "L", true, false), fill(0, 10_000, 40, "L", true, false)), "km");
        assertThat(r.get(0).fill().odometer()).isEqualByComparingTo("10000");
        assertThat(figure(r.get(1), FuelUnit.KM_PER_L)).isCloseTo(12.5, CLOSE);
    }

    @Test
    void noFiguresWithoutTwoReadings() {
        assertThat(FuelEconomy.average(List.of(), FuelUnit.KM_PER_L)).isEmpty();
        var r = FuelEconomy.compute(List.of(fill(0, 1000, 40, "L", true, false)), "km");
        assertThat(FuelEconomy.average(r, FuelUnit.KM_PER_L)).isEmpty();
    }
}
