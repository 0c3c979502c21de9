package io.plantdesk.fleet;

import io.plantdesk.platform.demo.DemoSeed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The demo plant's fleet: a depot with two trucks, two vans and a forklift, and two years of their
 * fuel (now and then a partial fill or a missed one), services, inspections, yearly fees and a few
 * damages. Deterministic (a fixed random seed), written once: a plant that has the depot is left alone.
 */
public final class FleetDemoSeed implements DemoSeed {

    public static final String NAME = "fleet";
    static final String DEPOT = "Tejgaon depot";

    private record Spec(
            String plate,
            String make,
            String model,
            int year,
            double kmPerDay,
            double litresPer100,
            double tank,
            int fillEveryDays) {}

    private static final Spec[] FLEET = {
        new Spec("DM-TA-11-0412", "Tata", "LPT 1613", 2019, 140, 24, 160, 5),
        new Spec("DM-TA-11-0977", "Ashok Leyland", "Ecomet 1615", 2021, 120, 22, 150, 6),
        new Spec("DM-CHA-13-2231", "Toyota", "HiAce", 2020, 90, 11, 70, 6),
        new Spec("DM-CHA-13-5108", "Nissan", "Urvan", 2018, 70, 12, 65, 7),
        new Spec("FORKLIFT-02", "Toyota", "8FD25", 2017, 6, 45, 60, 10),
    };

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void seed(Plant plant) {
        Handle h = plant.handle();
        boolean has = h.createQuery("select exists (select 1 from fleet.garage where tenant_id = :t and name = :n)")
                .bind("t", plant.tenant())
                .bind("n", DEPOT)
                .mapTo(Boolean.class)
                .one();
        if (has) {
            return;
        }
        ZoneId zone = ZoneId.of(h.createQuery("select time_zone from core.tenant where id = :t")
                .bind("t", plant.tenant())
                .mapTo(String.class)
                .one());
        UUID garage = plant.ids().next();
        h.createUpdate(
                        "insert into fleet.garage (tenant_id, id, name, address) values (:t, :id, :n, 'Tejgaon I/A, Dhaka')")
                .bind("t", plant.tenant())
                .bind("id", garage)
                .bind("n", DEPOT)
                .execute();
        Random random = new Random(17);
        LocalDate today = LocalDate.now(zone);
        LocalDate start = today.minusYears(2);
        PreparedBatch batch =
                h.prepareBatch("insert into fleet.vehicle_event (tenant_id, id, vehicle_id, kind, occurred_at, "
                        + "odometer, cost, quantity, quantity_unit, description, filled_to_full, missed_fill) values "
                        + "(:t, :id, :v, :kind, :at, :odo, :cost, :qty, :unit, :text, :full, :missed)");
        List<UUID> vehicles = new ArrayList<>();
        List<DemoPhotos.Damage> damages = new ArrayList<>();
        for (Spec s : FLEET) {
            UUID vehicle = plant.ids().next();
            vehicles.add(vehicle);
            h.createUpdate(
                            "insert into fleet.vehicle (tenant_id, id, plate, make, model, model_year, fuel_type, garage_id) "
                                    + "values (:t, :id, :plate, :make, :model, :year, 'diesel', :g)")
                    .bind("t", plant.tenant())
                    .bind("id", vehicle)
                    .bind("plate", s.plate())
                    .bind("make", s.make())
                    .bind("model", s.model())
                    .bind("year", s.year())
                    .bind("g", garage)
                    .execute();
            double odometer = 20_000 + random.nextInt(60_000);
            double sinceFill = 0;
            for (LocalDate d = start; !d.isAfter(today); d = d.plusDays(1)) {
                double driven = d.getDayOfWeek().getValue() == 5 ? 0 : s.kmPerDay() * (0.6 + random.nextDouble() * 0.8);
                odometer += driven;
                sinceFill += driven;
                OffsetDateTime at = d.atTime(LocalTime.of(8 + random.nextInt(9), random.nextInt(60)))
                        .atZone(zone)
                        .toOffsetDateTime();
                if (sinceFill >= s.kmPerDay() * s.fillEveryDays()) {
                    boolean partial = random.nextInt(8) == 0;
                    boolean missed = random.nextInt(40) == 0;
                    double litres = sinceFill * s.litresPer100() / 100 * (0.92 + random.nextDouble() * 0.16);
                    if (partial) {
                        litres *= 0.5;
                    }
                    litres = Math.min(litres, s.tank());
                    add(batch, plant, vehicle, "fuel", at, odometer, litres * 112, litres, null, !partial, missed);
                    sinceFill = partial ? sinceFill * 0.5 : 0;
                }
                if (d.getDayOfMonth() == 3 && d.getMonthValue() % 3 == 0) {
                    add(
                            batch,
                            plant,
                            vehicle,
                            "maintenance",
                            at.plusHours(1),
                            odometer,
                            6_500 + random.nextInt(4_000),
                            0,
                            "Oil and filter change, greasing",
                            null,
                            null);
                }
                if (d.getDayOfYear() == 40) {
                    add(
                            batch,
                            plant,
                            vehicle,
                            "inspection",
                            at.plusHours(2),
                            odometer,
                            3_000,
                            0,
                            "Fitness certificate renewed",
                            null,
                            null);
                    add(
                            batch,
                            plant,
                            vehicle,
                            "tax_fee",
                            at.plusHours(3),
                            null,
                            12_000,
                            0,
                            "Road tax and tax token",
                            null,
                            null);
                }
                if (random.nextInt(365) == 0) {
                    damages.add(new DemoPhotos.Damage(
                            add(
                                    batch,
                                    plant,
                                    vehicle,
                                    "damage",
                                    at.plusMinutes(30),
                                    odometer,
                                    0,
                                    0,
                                    "Dent on the rear door at the loading bay",
                                    null,
                                    null),
                            at.plusMinutes(30)));
                    add(
                            batch,
                            plant,
                            vehicle,
                            "repair",
                            at.plusDays(2),
                            null,
                            9_000 + random.nextInt(6_000),
                            0,
                            "Rear door panel beaten out and painted",
                            null,
                            null);
                }
            }
        }
        batch.execute();
        readingToCheck(h, plant, zone, today, vehicles.get(2));
        DemoReminders.add(h, plant, today, vehicles);
        DemoPhotos.add(h, plant, zone, damages);
        // The timeline is the record of what happened; the audit rows of this bulk load (all stamped
        // today) would only show as a burst on the Activity dashboard.
        h.execute(
                "delete from core.audit_log where tenant_id = ? and txid = txid_current() and table_name like 'fleet.%'",
                plant.tenant());
    }

    /**
     * A reading copied from the van's paper log with a digit left out, so that the demo shows what
     * the fleet manager does with "Readings to check" (the table's trigger flags it as lower than an
     * earlier one, as it would any typed reading).
     */
    private static void readingToCheck(Handle h, Plant plant, ZoneId zone, LocalDate today, UUID van) {
        BigDecimal last = h.createQuery(
                        "select max(odometer) from fleet.vehicle_event where tenant_id = :t and vehicle_id = :v")
                .bind("t", plant.tenant())
                .bind("v", van)
                .mapTo(BigDecimal.class)
                .one();
        h.createUpdate(
                        "insert into fleet.vehicle_event (tenant_id, id, vehicle_id, kind, occurred_at, odometer, description) "
                                + "values (:t, :id, :v, 'odometer', :at, :odo, :text)")
                .bind("t", plant.tenant())
                .bind("id", plant.ids().next())
                .bind("v", van)
                .bind("at", today.minusDays(1).atTime(18, 30).atZone(zone).toOffsetDateTime())
                .bind("odo", last.movePointLeft(1).setScale(0, RoundingMode.DOWN))
                .bind("text", "Read from the driver's log book")
                .execute();
    }

    private static UUID add(
            PreparedBatch batch,
            Plant plant,
            UUID vehicle,
            String kind,
            OffsetDateTime at,
            Double odometer,
            double cost,
            double litres,
            String text,
            Boolean full,
            Boolean missed) {
        UUID id = plant.ids().next();
        batch.bind("t", plant.tenant())
                .bind("id", id)
                .bind("v", vehicle)
                .bind("kind", kind)
                .bind("at", at)
                .bind("odo", odometer == null ? null : round(odometer, 1))
                .bind("cost", cost == 0 ? null : round(cost, 2))
                .bind("qty", litres == 0 ? null : round(litres, 3))
                .bind("unit", litres == 0 ? null : "L")
                .bind("text", text)
                .bind("full", full)
                .bind("missed", missed)
                .add();
        return id;
    }

    private static BigDecimal round(double v, int scale) {
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
    }
}
