package io.plantdesk.fleet;

import io.plantdesk.fleet.api.FleetActions;
import io.plantdesk.fleet.api.FuelEntry;
import io.plantdesk.fleet.api.RecordedEvent;
import io.plantdesk.platform.ids.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The floor actions, once per client key. The key's row (fleet.client_request, primary key on the
 * key) is written in the event's own transaction, so both exist or neither. Two arrivals of one key
 * at the same moment: the second's insert waits on the first's uncommitted key, fails on the
 * primary key, and answers with the first's event.
 */
final class FleetActionService implements FleetActions {

    private static final String FUEL = "fuel_entry";
    private static final String ODOMETER = "odometer_reading";

    private final Jdbi jdbi;
    private final Ids ids;

    FleetActionService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
    }

    @Override
    public RecordedEvent recordFuel(UUID clientKey, FuelEntry e) {
        if (e.quantity() == null || e.unit() == null) {
            throw FleetText.error("fuel.not.fuel");
        }
        EventDraft draft = new EventDraft(
                e.vehicleId(),
                EventKind.FUEL,
                e.at(),
                e.odometer(),
                e.cost(),
                e.quantity(),
                e.unit(),
                null,
                null,
                null,
                e.place(),
                e.filledToFull(),
                e.missedPreviousFill());
        return once(clientKey, FUEL, draft);
    }

    @Override
    public RecordedEvent recordOdometer(UUID clientKey, UUID vehicleId, OffsetDateTime at, BigDecimal reading) {
        return once(clientKey, ODOMETER, EventDraft.of(vehicleId, EventKind.ODOMETER, at, reading, null, null));
    }

    private RecordedEvent once(UUID key, String operation, EventDraft draft) {
        try {
            return jdbi.inTransaction(h -> {
                Optional<RecordedEvent> prior = prior(h, key, operation);
                if (prior.isPresent()) {
                    return prior.get();
                }
                EventDao dao = h.attach(EventDao.class);
                UUID id = ids.next();
                EventDraft d = atFloorTime(h, draft);
                dao.insert(id, d);
                dao.insertRequest(key, operation, id, d.occurredAt());
                return new RecordedEvent(id, false, dao.find(id).orElseThrow().needsReview());
            });
        } catch (JdbiException e) {
            if (FleetText.isUniqueViolation(e, "client_request_pkey")) {
                return Db.call(jdbi, h -> prior(h, key, operation).orElseThrow());
            }
            throw FleetText.translate(e);
        }
    }

    /**
     * The time the person gave (kept on this computer while the server was away, so it is the
     * fill-up's time, not the replay's), bounded by the server's rule for floor times
     * ({@code core.floor_time}): a PC clock ahead cannot record a fill-up in the future.
     */
    private static EventDraft atFloorTime(Handle h, EventDraft d) {
        OffsetDateTime at = h.createQuery("select core.floor_time(:at, null)")
                .bind("at", d.occurredAt())
                .mapTo(OffsetDateTime.class)
                .one();
        return new EventDraft(
                d.vehicleId(),
                d.kind(),
                at,
                d.odometer(),
                d.cost(),
                d.quantity(),
                d.quantityUnit(),
                d.description(),
                d.latitude(),
                d.longitude(),
                d.place(),
                d.filledToFull(),
                d.missedFill());
    }

    private static Optional<RecordedEvent> prior(Handle h, UUID key, String operation) {
        EventDao dao = h.attach(EventDao.class);
        Optional<String> op = dao.requestOperation(key);
        if (op.isEmpty()) {
            return Optional.empty();
        }
        if (!op.get().equals(operation)) {
            throw FleetText.error("key.other.action", op.get());
        }
        UUID eventId = dao.requestEvent(key, operation).orElseThrow();
        return Optional.of(new RecordedEvent(
                eventId, true, dao.find(eventId).map(VehicleEvent::needsReview).orElse(false)));
    }
}
