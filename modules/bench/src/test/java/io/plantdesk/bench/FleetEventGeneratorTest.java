package io.plantdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.fleet.FleetService;
import io.plantdesk.fleet.VehicleOverview;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fleet generator's fast path leaves the table as the app keeps it: every month's partition
 * attached again with each of the parent's indexes, each plant's events where its vehicles are,
 * every vehicle's precomputed row, and the engine's buckets invalidated.
 */
@ExtendWith(PostgresExtension.class)
class FleetEventGeneratorTest {

    @Test
    void eachMonthIsAttachedAgainWithItsIndexesAndEveryPlantsRowsAreThere(TestDatabase db) throws Exception {
        UUID plant = db.createTenant("Generated fleet");
        UUID other = db.createTenant("Other generated fleet");
        new FleetEventGenerator()
                .generate(
                        db.admin(),
                        List.of(
                                new FleetEventGenerator.Plant(plant, 20, 20 * 3 * 10, 1),
                                new FleetEventGenerator.Plant(other, 2, 2 * 3 * 10, 2)),
                        3);
        var admin = db.adminJdbi();
        int parentIndexes = admin.withHandle(
                h -> h.createQuery("select count(*) from pg_index where indrelid = 'fleet.vehicle_event'::regclass")
                        .mapTo(Integer.class)
                        .one());
        List<Integer> perPartition = admin.withHandle(h -> h.createQuery("select (select count(*) from pg_index x "
                        + "where x.indrelid = i.inhrelid) from pg_inherits i "
                        + "where i.inhparent = 'fleet.vehicle_event'::regclass")
                .mapTo(Integer.class)
                .list());
        assertThat(perPartition).isNotEmpty().allMatch(n -> n == parentIndexes);
        long events =
                admin.withHandle(h -> h.createQuery("select count(*) from fleet.vehicle_event e join fleet.vehicle v "
                                + "on v.tenant_id = e.tenant_id and v.id = e.vehicle_id where e.tenant_id = :t")
                        .bind("t", plant)
                        .mapTo(Long.class)
                        .one());
        // Two whole months of ten events per vehicle, and this month's so far.
        assertThat(events).isBetween(20L * 2 * 10, 20L * 3 * 10);
        long invalidated = admin.withHandle(h -> h.createQuery(
                        "select count(*) from core.rollup_invalidation where tenant_id = :t and job = 'fleet_monthly'")
                .bind("t", plant)
                .mapTo(Long.class)
                .one());
        assertThat(invalidated).isGreaterThanOrEqualTo(3);

        TestUser planner = db.createUser(plant, AppRole.PLANNER);
        List<VehicleOverview> overview = new FleetService(db.jdbiAs(planner), Clock.systemUTC()).overview();
        assertThat(overview).hasSize(20).allMatch(v -> v.lastAt() != null && v.nextTitle() != null);
    }
}
