package io.plantdesk.fleet;

import io.plantdesk.platform.demo.DemoSeed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The demo fleet's reminders, one kind of each: an oil change past its reading, a fitness
 * certificate due soon, road tax overdue by days, tyres due by reading, a forklift service by day,
 * so the reminders screen and the overview show every state.
 */
final class DemoReminders {

    private DemoReminders() {}

    /** {@code vehicles} in FleetDemoSeed's order: two trucks, two vans, the forklift. */
    static void add(Handle h, DemoSeed.Plant plant, LocalDate today, List<UUID> vehicles) {
        insert(
                h,
                plant,
                vehicles.get(0),
                "Oil and filter change",
                "15W-40, 18 L; grease the fifth wheel",
                today.plusDays(40),
                -300,
                3,
                10_000);
        insert(
                h,
                plant,
                vehicles.get(1),
                "Fitness certificate (BRTA)",
                "Book the slot at Mirpur",
                today.plusDays(9),
                null,
                12,
                null);
        insert(h, plant, vehicles.get(2), "Road tax and tax token", null, today.minusDays(4), null, 12, null);
        insert(h, plant, vehicles.get(3), "Tyre rotation", null, null, 2_500, null, 10_000);
        insert(h, plant, vehicles.get(4), "Hydraulic oil and mast chains", null, today.plusDays(60), null, 6, null);
    }

    /** {@code fromReading}: the due reading as km from the vehicle's last recorded one (null: none). */
    private static void insert(
            Handle h,
            DemoSeed.Plant plant,
            UUID vehicle,
            String title,
            String notes,
            LocalDate dueOn,
            Integer fromReading,
            Integer everyMonths,
            Integer everyDistance) {
        h.createUpdate("insert into fleet.reminder (tenant_id, id, vehicle_id, title, notes, due_on, due_odometer, "
                        + "every_months, every_distance) values (:t, :id, :v, :title, :notes, :on, "
                        + "(select e.odometer + :from from fleet.vehicle_event e where e.tenant_id = :t and e.vehicle_id = :v "
                        + "and e.odometer is not null order by e.occurred_at desc limit 1), :months, :distance)")
                .bind("t", plant.tenant())
                .bind("id", plant.ids().next())
                .bind("v", vehicle)
                .bind("title", title)
                .bind("notes", notes)
                .bind("on", dueOn)
                .bind("from", fromReading)
                .bind("months", everyMonths)
                .bind("distance", everyDistance == null ? null : BigDecimal.valueOf(everyDistance))
                .execute();
    }
}
