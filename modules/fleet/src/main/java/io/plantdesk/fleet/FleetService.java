package io.plantdesk.fleet;

import io.plantdesk.platform.ids.Ids;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Garages and vehicles (planners and admins write; supervisors set a vehicle's status and driver). */
public final class FleetService {

    /** The overview's page: a screenful and more, so a list scrolled to its end asks for the next. */
    public static final int OVERVIEW_PAGE = 100;

    private final Jdbi jdbi;
    private final Ids ids;

    public FleetService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
    }

    public Garage createGarage(String name, String address) {
        UUID id = ids.next();
        return Db.inTransaction(jdbi, h -> {
            FleetDao dao = h.attach(FleetDao.class);
            dao.insertGarage(id, name == null ? null : name.trim(), address);
            return dao.garages().stream()
                    .filter(g -> g.id().equals(id))
                    .findFirst()
                    .orElseThrow();
        });
    }

    public List<Garage> garages() {
        return Db.call(jdbi, h -> h.attach(FleetDao.class).garages());
    }

    public Vehicle createVehicle(VehicleDraft draft) {
        UUID id = ids.next();
        return Db.inTransaction(jdbi, h -> {
            FleetDao dao = h.attach(FleetDao.class);
            dao.insertVehicle(id, draft);
            return dao.vehicle(id).orElseThrow();
        });
    }

    /** Saves an edit from {@code baseVersion}; empty when someone else saved in between. */
    public Optional<Vehicle> saveVehicle(UUID id, int baseVersion, VehicleDraft draft) {
        return Db.inTransaction(jdbi, h -> {
            FleetDao dao = h.attach(FleetDao.class);
            return dao.updateVehicle(id, baseVersion, draft) == 1 ? dao.vehicle(id) : Optional.empty();
        });
    }

    public Optional<Vehicle> vehicle(UUID id) {
        return Db.call(jdbi, h -> h.attach(FleetDao.class).vehicle(id));
    }

    public List<Vehicle> vehicles() {
        return Db.call(jdbi, h -> h.attach(FleetDao.class).vehicles());
    }

    /** Every live vehicle with its status, latest event, this month's cost and readings to review. */
    public List<VehicleOverview> overview() {
        return Db.call(jdbi, h -> h.attach(FleetDao.class).overview());
    }

    /**
     * The overview's next {@code limit} vehicles by plate after {@code afterPlate} (null: the
     * first page), as the screen pages its list in SQL.
     */
    public List<VehicleOverview> overviewPage(String afterPlate, int limit) {
        return Db.call(jdbi, h -> h.attach(FleetDao.class).overviewPage(afterPlate, limit));
    }

    /** The whole fleet's counts and this month's cost (each vehicle's precomputed row), and the plant's zone. */
    public FleetTotals totals() {
        return Db.call(jdbi, h -> h.attach(FleetDao.class).totals());
    }

    /**
     * The overview's opening and refresh read, one statement (fleet.overview_screen): the totals of
     * {@link #totals} and the first {@code limit} vehicles of {@link #overviewPage}, by the same definitions.
     */
    public OverviewScreen overviewScreen(int limit) {
        return OverviewScreen.of(Db.call(jdbi, h -> h.attach(FleetDao.class).overviewScreen(limit)));
    }

    public ZoneId plantZone() {
        return ZoneId.of(Db.call(jdbi, h -> h.attach(FleetDao.class).plantZone()));
    }
}
