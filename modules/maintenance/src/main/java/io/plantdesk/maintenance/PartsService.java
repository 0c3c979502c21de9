package io.plantdesk.maintenance;

import io.plantdesk.maintenance.stock.Location;
import io.plantdesk.platform.ids.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Spare parts: vendors, parts and locations (planners and admins), and the stock ledger everyone
 * in maintenance writes to: received, issued to a work order, returned from one, adjusted with a
 * reason. Stock is derived from the ledger by the database, which refuses to issue more than is
 * on hand (the message says how many there are); quantities here are always positive.
 */
public final class PartsService {

    private final Jdbi jdbi;
    private final Ids ids;

    public PartsService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
    }

    public UUID createVendor(String name, String contact, String phone, String email) {
        return write(h -> {
            UUID id = ids.next();
            h.attach(PartsDao.class).insertVendor(id, name, contact, phone, email);
            return id;
        });
    }

    public UUID createVendor(VendorDraft d) {
        return createVendor(d.name(), d.contact(), d.phone(), d.email());
    }

    /** Saves a vendor's edit from {@code baseVersion}; empty when someone else saved in between. */
    public Optional<Vendor> saveVendor(UUID id, int baseVersion, VendorDraft draft) {
        return write(h -> {
            PartsDao dao = h.attach(PartsDao.class);
            return dao.updateVendor(id, baseVersion, draft) == 1
                    ? dao.vendors(id).stream().findFirst()
                    : Optional.empty();
        });
    }

    /** The plant's vendors by name (for the part form's picker and the vendor list). */
    public List<Vendor> vendors() {
        return read(h -> h.attach(PartsDao.class).vendors(null));
    }

    public Optional<Vendor> vendor(UUID id) {
        return read(h -> h.attach(PartsDao.class).vendors(id).stream().findFirst());
    }

    /** Renames a stock location from {@code baseVersion}; empty when someone else saved in between. */
    public Optional<Location> saveLocation(UUID id, int baseVersion, String name) {
        return write(h -> {
            PartsDao dao = h.attach(PartsDao.class);
            return dao.updateLocation(id, baseVersion, name) == 1 ? dao.location(id) : Optional.empty();
        });
    }

    public Optional<Location> location(UUID id) {
        return read(h -> h.attach(PartsDao.class).location(id));
    }

    /** The part as saved now (its version too), empty when it is gone. */
    public Optional<Part> part(UUID id) {
        return read(h -> h.attach(PartsDao.class).parts(id).stream().findFirst());
    }

    public UUID createLocation(String name) {
        return write(h -> {
            UUID id = ids.next();
            h.attach(PartsDao.class).insertLocation(id, name);
            return id;
        });
    }

    public Part createPart(PartDraft draft) {
        return write(h -> {
            UUID id = ids.next();
            PartsDao dao = h.attach(PartsDao.class);
            dao.insertPart(id, draft);
            return dao.parts(id).getFirst();
        });
    }

    /** Saves an edit from {@code baseVersion}; empty when someone else saved in between. */
    public Optional<Part> savePart(UUID id, int baseVersion, PartDraft draft) {
        return write(h -> {
            PartsDao dao = h.attach(PartsDao.class);
            return dao.updatePart(id, baseVersion, draft) == 1
                    ? dao.parts(id).stream().findFirst()
                    : Optional.empty();
        });
    }

    public List<Part> parts() {
        return read(h -> h.attach(PartsDao.class).parts(null));
    }

    /** Parts at or below their reorder point (the low-stock list). */
    public List<Part> lowStock() {
        return parts().stream().filter(Part::low).toList();
    }

    public List<StockLevel> stock(UUID partId) {
        return read(h -> h.attach(PartsDao.class).stock(partId));
    }

    public List<StockMovement> ledger(UUID partId) {
        return read(h -> h.attach(PartsDao.class).movements(partId, null));
    }

    /** The parts issued to and returned from a work order (with their cost at the time). */
    public List<StockMovement> usedOn(UUID workOrderId) {
        return read(h -> h.attach(PartsDao.class).movements(null, workOrderId));
    }

    /** The parts a work order is planned to take (from its template, its PM schedule, or added). */
    public List<PlannedPart> plannedFor(UUID workOrderId) {
        return read(h -> h.attach(PlannedPartsDao.class).list(workOrderId));
    }

    /** Plans a part (and how many) for a work order; the same part twice is refused. */
    public UUID plan(UUID workOrderId, UUID partId, BigDecimal quantity) {
        return write(h -> {
            UUID id = ids.next();
            h.attach(PlannedPartsDao.class).insert(id, workOrderId, partId, positive(quantity));
            return id;
        });
    }

    public UUID receive(UUID partId, UUID locationId, BigDecimal quantity, BigDecimal unitCost, UUID vendorId) {
        return move(partId, locationId, MovementKind.RECEIVED, positive(quantity), unitCost, null, vendorId, null);
    }

    /** Takes parts out of stock for a work order; refused when fewer are on hand there. */
    public UUID issue(UUID partId, UUID locationId, BigDecimal quantity, UUID workOrderId) {
        return move(
                partId, locationId, MovementKind.ISSUED, positive(quantity).negate(), null, workOrderId, null, null);
    }

    public UUID returnFrom(UUID workOrderId, UUID partId, UUID locationId, BigDecimal quantity) {
        return move(partId, locationId, MovementKind.RETURNED, positive(quantity), null, workOrderId, null, null);
    }

    /** A stock count's correction, up or down ({@code delta} signed), with its reason. */
    public UUID adjust(UUID partId, UUID locationId, BigDecimal delta, String reason) {
        return move(partId, locationId, MovementKind.ADJUSTED, delta, null, null, null, reason);
    }

    /** The part (and how many) a PM schedule's work takes each time. */
    public void needsForSchedule(UUID scheduleId, UUID partId, BigDecimal quantity) {
        write(h -> {
            h.attach(PartsDao.class).addPmPart(ids.next(), scheduleId, partId, positive(quantity));
            return null;
        });
    }

    /** What to order now for the PM work due within {@code horizonDays} and the reorder points. */
    public List<ReorderSuggestion> reorderSuggestions(int horizonDays) {
        return read(h -> h.attach(PartsDao.class).reorderSuggestions(Math.clamp(horizonDays, 0, 366)));
    }

    private UUID move(
            UUID partId,
            UUID locationId,
            MovementKind kind,
            BigDecimal quantity,
            BigDecimal unitCost,
            UUID workOrderId,
            UUID vendorId,
            String reason) {
        return write(h -> {
            UUID id = ids.next();
            h.attach(PartsDao.class)
                    .insertMovement(
                            id, partId, locationId, kind.dbValue(), quantity, unitCost, workOrderId, vendorId, reason);
            return id;
        });
    }

    private static BigDecimal positive(BigDecimal q) {
        if (q == null || q.signum() <= 0) {
            throw MaintText.error("quantity.positive");
        }
        return q;
    }

    private <T> T read(Function<Handle, T> work) {
        try {
            return jdbi.withHandle(work::apply);
        } catch (JdbiException e) {
            throw MaintText.translate(e);
        }
    }

    private <T> T write(Function<Handle, T> work) {
        try {
            return jdbi.inTransaction(work::apply);
        } catch (JdbiException e) {
            throw MaintText.translate(e);
        }
    }
}
