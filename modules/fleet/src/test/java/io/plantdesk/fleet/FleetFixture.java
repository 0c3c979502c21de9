package io.plantdesk.fleet;

import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.time.Clock;

/** A garage with a van (km) for the service tests. */
record FleetFixture(Garage garage, Vehicle van) {

    static FleetFixture plant(TestDatabase db, TestUser planner, String plate) {
        FleetService fleet = new FleetService(db.jdbiAs(planner), Clock.systemUTC());
        Garage g = fleet.createGarage("Depot " + plate, "Gate 2");
        Vehicle v = fleet.createVehicle(VehicleDraft.of(plate, "Ford", "Transit", "diesel", g.id()));
        return new FleetFixture(g, v);
    }
}
