package io.plantdesk.fleet;

import io.plantdesk.platform.ids.Ids;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The garage and vehicle register as the editors use it. Every save guards the version the person
 * started from (empty: someone else saved in between, the editor says so and keeps what was typed);
 * the database's constraints and triggers (V040, V114) hold each rule for every client.
 */
public final class RegisterService {

    /** A live garage and how many vehicles on the road it keeps (a garage with some cannot be removed). */
    public record GarageRow(Garage garage, long vehicles) {}

    /** What removing a vehicle did: one with events is retired instead, keeping its history. */
    public enum Removal {
        REMOVED,
        RETIRED,
        CONFLICT
    }

    private final Jdbi jdbi;
    private final Ids ids;

    public RegisterService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
    }

    public List<GarageRow> garages() {
        return Db.call(jdbi, h -> {
            Map<UUID, Long> counts = h.attach(RegisterDao.class).garageVehicles().stream()
                    .collect(Collectors.toMap(RegisterDao.GarageCount::id, RegisterDao.GarageCount::vehicles));
            return h.attach(FleetDao.class).garages().stream()
                    .map(g -> new GarageRow(g, counts.getOrDefault(g.id(), 0L)))
                    .toList();
        });
    }

    public Garage createGarage(String name, String address) {
        UUID id = ids.next();
        return Db.inTransaction(jdbi, h -> {
            FleetDao dao = h.attach(FleetDao.class);
            dao.insertGarage(id, name == null ? null : name.strip(), blankToNull(address));
            return garage(dao, id);
        });
    }

    public Optional<Garage> saveGarage(Garage current, String name, String address) {
        return Db.inTransaction(
                jdbi,
                h -> h.attach(RegisterDao.class).updateGarage(current.id(), current.version(), name, address) == 1
                        ? Optional.of(garage(h.attach(FleetDao.class), current.id()))
                        : Optional.empty());
    }

    /** False when someone else changed the garage first; a garage with vehicles on the road is refused. */
    public boolean removeGarage(Garage current) {
        return Db.inTransaction(
                jdbi, h -> h.attach(RegisterDao.class).removeGarage(current.id(), current.version()) == 1);
    }

    public Vehicle createVehicle(VehicleDraft draft) {
        UUID id = ids.next();
        return Db.inTransaction(jdbi, h -> {
            FleetDao dao = h.attach(FleetDao.class);
            dao.insertVehicle(id, draft);
            return dao.vehicle(id).orElseThrow();
        });
    }

    /** Saves an edit from {@code baseVersion}; empty when someone else saved or removed it in between. */
    public Optional<Vehicle> saveVehicle(UUID id, int baseVersion, VehicleDraft draft) {
        return Db.inTransaction(jdbi, h -> {
            FleetDao dao = h.attach(FleetDao.class);
            return dao.updateVehicle(id, baseVersion, draft) == 1 ? dao.vehicle(id) : Optional.empty();
        });
    }

    public Optional<Vehicle> vehicle(UUID id) {
        return Db.call(jdbi, h -> h.attach(FleetDao.class).vehicle(id));
    }

    /**
     * Removes a vehicle entered by mistake; one with events (deleted ones too) is retired instead,
     * so its timeline and figures stay. The database refuses deleting one with events all the same.
     */
    public Removal removeVehicle(Vehicle current) {
        return Db.inTransaction(jdbi, h -> {
            RegisterDao dao = h.attach(RegisterDao.class);
            if (dao.hasEvents(current.id())) {
                return dao.retireVehicle(current.id(), current.version()) == 1 ? Removal.RETIRED : Removal.CONFLICT;
            }
            return dao.removeVehicle(current.id(), current.version()) == 1 ? Removal.REMOVED : Removal.CONFLICT;
        });
    }

    /** The people a vehicle can be handed to, and {@code current} (its driver now) even if no longer active. */
    public List<Driver> drivers(UUID current) {
        return Db.call(jdbi, h -> h.attach(RegisterDao.class).drivers(current));
    }

    private static Garage garage(FleetDao dao, UUID id) {
        return dao.garages().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
