package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.demo.DemoPlant;
import io.plantdesk.platform.demo.DemoSeed;
import io.plantdesk.platform.demo.DemoSeeds;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo plant's fleet: found through ServiceLoader, two years of believable events, written once. */
@ExtendWith(PostgresExtension.class)
class FleetDemoSeedTest {

    static TestDatabase db;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
    }

    private long count(UUID plant, String sql) {
        return db.adminJdbi()
                .withHandle(h ->
                        h.createQuery(sql).bind("t", plant).mapTo(Long.class).one());
    }

    @Test
    void theDemoPlantGetsASmallFleetWithTwoYearsOfEventsOnce() {
        List<DemoSeed> seeds = DemoSeeds.discover();
        assertThat(seeds).extracting(DemoSeed::name).contains(FleetDemoSeed.NAME);
        DemoPlant demo = new DemoPlant(db.ids(), seeds);
        UUID plant = demo.seed(db.adminService());

        assertThat(count(plant, "select count(*) from fleet.vehicle where tenant_id = :t"))
                .isEqualTo(5);
        long events = count(plant, "select count(*) from fleet.vehicle_event where tenant_id = :t");
        assertThat(events).isGreaterThan(500);
        assertThat(count(plant, "select count(distinct kind) from fleet.vehicle_event where tenant_id = :t"))
                .as("fuel, service, repair, damage, inspection, fees, a reading from a log book")
                .isEqualTo(7);
        assertThat(count(
                        plant,
                        "select count(*) from fleet.vehicle_event where tenant_id = :t "
                                + "and occurred_at < now() - interval '700 days'"))
                .isPositive();
        assertThat(count(
                        plant,
                        "select count(*) from fleet.vehicle_event e join fleet.vehicle v on v.id = e.vehicle_id "
                                + "where e.tenant_id = :t and e.odometer_review = 'lower_than_earlier' "
                                + "and e.reviewed_at is null and v.plate = 'DM-CHA-13-2231'"))
                .as("readings rise with time, but for the van's one copied a digit short, left to check")
                .isEqualTo(1);
        assertThat(
                        count(
                                plant,
                                "select count(*) from fleet.vehicle_event where tenant_id = :t and odometer_review is not null"))
                .isEqualTo(1);
        assertThat(count(
                        plant,
                        "select count(*) from core.audit_log where tenant_id = :t and table_name like 'fleet.%'"))
                .isZero();

        // A truck's figures read like a truck's: 3 to 6 km per litre over two years.
        var truck = db.adminJdbi()
                .withHandle(h -> h.createQuery("select * from fleet.vehicle_event where tenant_id = :t "
                                + "and kind = 'fuel' and vehicle_id = (select id from fleet.vehicle where tenant_id = :t and plate = 'DM-TA-11-0412') "
                                + "order by occurred_at")
                        .bind("t", plant)
                        .map(new Mappers.EventMapper())
                        .list());
        double kmPerLitre = FuelEconomy.average(FuelEconomy.compute(truck, "km"), FuelUnit.KM_PER_L)
                .orElseThrow();
        assertThat(kmPerLitre).isBetween(3.0, 6.0);

        // Reminders in every open state, so the screens show them all.
        List<String> states = db.adminJdbi()
                .withHandle(
                        h -> h.createQuery("select distinct state from fleet.reminder_status " + "where tenant_id = :t")
                                .bind("t", plant)
                                .mapTo(String.class)
                                .list());
        assertThat(states).containsExactlyInAnyOrder("overdue", "due_soon", "upcoming");
        assertThat(count(
                        plant, "select count(*) from fleet.reminder where tenant_id = :t and due_odometer is not null"))
                .as("the reading-based ones found their vehicle's reading")
                .isEqualTo(2);

        assertThat(
                        count(
                                plant,
                                "select count(*) from fleet.event_photo p join fleet.vehicle_event e "
                                        + "on e.tenant_id = p.tenant_id and e.id = p.event_id where p.tenant_id = :t and e.kind = 'damage'"))
                .as("every damage has its photo")
                .isEqualTo(count(
                        plant, "select count(*) from fleet.vehicle_event where tenant_id = :t and kind = 'damage'"))
                .isPositive();

        assertThat(demo.seed(db.adminService())).isEqualTo(plant);
        assertThat(count(plant, "select count(*) from fleet.vehicle_event where tenant_id = :t"))
                .isEqualTo(events);
    }
}
