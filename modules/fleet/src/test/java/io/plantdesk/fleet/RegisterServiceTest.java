package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The garage and vehicle register behind the editors, on the real database as a planner: the
 * constraints answer in plant words, a stale edit is a conflict, a vehicle with events is retired
 * (the database refuses deleting it), and a garage keeping vehicles on the road stays.
 */
@ExtendWith(PostgresExtension.class)
class RegisterServiceTest {

    static TestDatabase db;
    static TestUser planner;
    static TestUser technician;
    static RegisterService register;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID plant = db.createTenant("Register plant");
        planner = db.createUser(plant, AppRole.PLANNER);
        technician = db.createUser(plant, AppRole.TECHNICIAN);
        register = new RegisterService(db.jdbiAs(planner), Clock.systemUTC());
    }

    private static VehicleDraft draft(String plate, String vin, UUID garage) {
        return new VehicleDraft(plate, vin, "Isuzu", "D-Max", 2021, "diesel", "km", "active", garage, null);
    }

    @Test
    void aSecondVehicleWithThePlateOrVinIsRefusedInPlantWords() {
        Garage g = register.createGarage("North yard", "Gate 1");
        Vehicle first = register.createVehicle(draft(" dha 11 ", "1hgcm82633a004352", g.id()));
        assertThat(first.plate()).as("stored in capitals, trimmed").isEqualTo("DHA 11");
        assertThat(first.vin()).isEqualTo("1HGCM82633A004352");

        assertThatThrownBy(() -> register.createVehicle(draft("DHA 11", null, g.id())))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("Another vehicle already has that plate.");
        assertThatThrownBy(() -> register.createVehicle(draft("DHA 12", "1HGCM82633A004352", g.id())))
                .hasMessage("Another vehicle already has that VIN.");
        // The screen checks first; the database holds the rule for any client.
        assertThatThrownBy(() -> register.createVehicle(draft("DHA 13", "1HGCM82633A00435O", g.id())))
                .hasMessage("A VIN is 17 letters and digits, without I, O or Q.");
        assertThatThrownBy(() -> register.createGarage("north YARD", null))
                .hasMessage("Another garage already has that name.");
    }

    @Test
    void aStaleEditIsAConflictAndChangesNothing() {
        Garage g = register.createGarage("Conflict yard", null);
        Vehicle v = register.createVehicle(draft("CON 1", null, g.id()));
        Vehicle mine = register.saveVehicle(v.id(), v.version(), draft("CON 1", null, null))
                .orElseThrow();
        assertThat(mine.garageId()).isNull();
        assertThat(register.saveVehicle(v.id(), v.version(), draft("CON 2", null, g.id())))
                .as("edited from the version before mine")
                .isEmpty();
        assertThat(register.vehicle(v.id()).orElseThrow().plate()).isEqualTo("CON 1");

        Garage renamed = register.saveGarage(g, "Conflict yard east", "Gate 9").orElseThrow();
        assertThat(renamed.address()).isEqualTo("Gate 9");
        assertThat(register.saveGarage(g, "Stale", null)).isEmpty();
        assertThat(register.removeGarage(g)).as("stale remove").isFalse();
    }

    @Test
    void aVehicleWithEventsIsRetiredNotDeleted() {
        Garage g = register.createGarage("Retire yard", null);
        Vehicle typo = register.createVehicle(draft("TYPO 1", null, g.id()));
        assertThat(register.removeVehicle(typo)).isEqualTo(RegisterService.Removal.REMOVED);
        assertThat(register.vehicle(typo.id())).isEmpty();

        Vehicle used = register.createVehicle(draft("USED 1", null, g.id()));
        EventService events = new EventService(db.jdbiAs(technician), Clock.systemUTC());
        VehicleEvent e = events.record(
                EventDraft.of(used.id(), EventKind.NOTE, OffsetDateTime.now().minusDays(1), null, null, "Scratch"));
        events.delete(e.id(), e.version()).orElseThrow();
        // Deleted events count too: they can be restored and their history names the vehicle.
        assertThat(register.removeVehicle(used)).isEqualTo(RegisterService.Removal.RETIRED);
        Vehicle retired = register.vehicle(used.id()).orElseThrow();
        assertThat(retired.status()).isEqualTo("retired");
        assertThat(register.removeVehicle(used)).as("stale").isEqualTo(RegisterService.Removal.CONFLICT);

        // Any client that tries the delete itself meets the database's rule, in plant words.
        assertThatThrownBy(() -> db.jdbiAs(planner)
                        .useHandle(
                                h -> h.execute("update fleet.vehicle set deleted_at = now() where id = ?", used.id())))
                .satisfies(t -> assertThat(FleetText.translate((org.jdbi.v3.core.JdbiException) t)
                                .getMessage())
                        .isEqualTo("This vehicle has events: set its status to Retired instead; its timeline stays."));
    }

    @Test
    void aGarageKeepingVehiclesOnTheRoadCannotBeRemoved() {
        Garage g = register.createGarage("Busy yard", null);
        Vehicle v = register.createVehicle(draft("BUSY 1", null, g.id()));
        Garage current = register.garages().stream()
                .filter(r -> r.garage().id().equals(g.id()))
                .peek(r -> assertThat(r.vehicles()).isEqualTo(1))
                .findFirst()
                .orElseThrow()
                .garage();
        assertThatThrownBy(() -> register.removeGarage(current))
                .hasMessage(
                        "This garage still keeps vehicles on the road: move them to another garage or retire them first.");
        register.saveVehicle(v.id(), v.version(), draft("BUSY 1", null, null)).orElseThrow();
        assertThat(register.removeGarage(current)).isTrue();
        assertThat(register.garages()).noneMatch(r -> r.garage().id().equals(g.id()));
        Vehicle now = register.vehicle(v.id()).orElseThrow();
        assertThatThrownBy(() -> register.saveVehicle(now.id(), now.version(), draft("BUSY 1", null, g.id())))
                .as("a removed garage cannot be chosen")
                .hasMessage("That garage was removed meanwhile: choose another garage.");
    }

    @Test
    void driversArePeopleByNameNotLogins() {
        assertThat(register.drivers(null))
                .extracting(Driver::name)
                .contains("Test planner", "Test technician")
                .noneMatch(n -> n.equals(planner.login()));
        Garage g = register.createGarage("Driver yard", null);
        Vehicle v = register.createVehicle(new VehicleDraft(
                "DRV 1", null, "Tata", "Ace", null, "diesel", "km", "active", g.id(), technician.personId()));
        assertThat(v.driverId()).isEqualTo(technician.personId());
    }

    @Test
    void theFormsRulesMatchTheDatabases() {
        assertThat(VehicleCheck.first(draft("AB", null, null))).isEmpty();
        assertThat(VehicleCheck.first(draft("a", null, null))).contains(VehicleCheck.Problem.PLATE);
        assertThat(VehicleCheck.first(draft("-AB", null, null))).contains(VehicleCheck.Problem.PLATE);
        assertThat(VehicleCheck.first(draft("AB 1", "1HGCM82633A004352", null))).isEmpty();
        assertThat(VehicleCheck.first(draft("AB 1", "1HGCM82633A00435", null)))
                .as("16 characters")
                .contains(VehicleCheck.Problem.VIN);
        assertThat(VehicleCheck.first(draft("AB 1", "1HGCM82633A00435Q", null))).contains(VehicleCheck.Problem.VIN);
        assertThat(VehicleCheck.first(draft("AB 1", "1hgcm82633a004352", null)))
                .as("typed in small letters, stored in capitals")
                .isEmpty();
        assertThat(VehicleCheck.first(
                        new VehicleDraft("AB 1", null, " ", "X", null, "diesel", "km", "active", null, null)))
                .contains(VehicleCheck.Problem.MAKE);
        assertThat(VehicleCheck.first(
                        new VehicleDraft("AB 1", null, "M", "X", 1949, "diesel", "km", "active", null, null)))
                .contains(VehicleCheck.Problem.YEAR);
        assertThat(VehicleCheck.year("20x1")).contains(-1);
        assertThat(VehicleCheck.year(" ")).isEmpty();
    }
}
