package io.plantdesk.fleet;

import io.plantdesk.platform.ids.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * A vehicle's timeline: recording, editing, deleting and restoring events, correcting where one
 * happened, confirming a flagged reading, and each event's history. The database keeps every rule:
 * the revision trigger writes the history, the odometer trigger flags a reading that does not fit,
 * and the location can only move through a correction row that keeps the original and the reason.
 */
public final class EventService {

    /** The most a timeline page holds; the view asks for the next page as it scrolls. */
    public static final int MAX_PAGE = 500;

    private final Jdbi jdbi;
    private final Ids ids;

    public EventService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
    }

    public VehicleEvent record(EventDraft draft) {
        UUID id = ids.next();
        return Db.inTransaction(jdbi, h -> {
            EventDao dao = h.attach(EventDao.class);
            dao.insert(id, draft);
            return dao.find(id).orElseThrow();
        });
    }

    public Optional<VehicleEvent> find(UUID id) {
        return Db.call(jdbi, h -> h.attach(EventDao.class).find(id));
    }

    /**
     * Saves an edit made from {@code baseVersion}; empty when someone else saved or deleted it in
     * between (the editor reloads and shows both). The draft's location is not applied here: see
     * {@link #correctLocation}.
     */
    public Optional<VehicleEvent> save(UUID id, int baseVersion, EventDraft draft) {
        return Db.inTransaction(jdbi, h -> {
            EventDao dao = h.attach(EventDao.class);
            return dao.update(id, baseVersion, draft) == 1 ? dao.find(id) : Optional.empty();
        });
    }

    /**
     * Saves an edit and, in the same transaction, moves the event to the draft's location through a
     * correction that keeps the original and {@code reason}; empty on a conflict (nothing saved).
     */
    public Optional<VehicleEvent> saveAndMove(UUID id, int baseVersion, EventDraft draft, String reason) {
        return Db.inTransaction(jdbi, h -> {
            EventDao dao = h.attach(EventDao.class);
            if (dao.update(id, baseVersion, draft) != 1) {
                return Optional.empty();
            }
            VehicleEvent saved = dao.find(id).orElseThrow();
            dao.insertCorrection(
                    ids.next(), id, saved.occurredAt(), draft.latitude(), draft.longitude(), draft.place(), reason);
            return dao.find(id);
        });
    }

    /** Soft delete: the event leaves the timeline and figures, and can be restored. */
    public Optional<VehicleEvent> delete(UUID id, int baseVersion) {
        return setDeleted(id, baseVersion, true);
    }

    public Optional<VehicleEvent> restore(UUID id, int baseVersion) {
        return setDeleted(id, baseVersion, false);
    }

    private Optional<VehicleEvent> setDeleted(UUID id, int baseVersion, boolean delete) {
        return Db.inTransaction(jdbi, h -> {
            EventDao dao = h.attach(EventDao.class);
            return dao.setDeleted(id, baseVersion, delete) == 1 ? dao.find(id) : Optional.empty();
        });
    }

    /** A person has looked at a flagged reading and confirms it as real. */
    public Optional<VehicleEvent> confirmReading(UUID id, int baseVersion) {
        return confirmReading(id, baseVersion, null);
    }

    /**
     * As above with what the person found (may be blank), kept in the event's history. Empty when the
     * reading was confirmed, corrected, edited or deleted by someone else in between.
     */
    public Optional<VehicleEvent> confirmReading(UUID id, int baseVersion, String note) {
        return Db.inTransaction(jdbi, h -> {
            EventDao dao = h.attach(EventDao.class);
            return dao.confirmReading(id, baseVersion, note) == 1 ? dao.find(id) : Optional.empty();
        });
    }

    /**
     * Sets a flagged reading right, with why: the history keeps the reading before and after and the
     * reason. The database checks the new reading as any other (one that still does not fit its
     * neighbours stays flagged). Empty when someone else confirmed, corrected or edited it first.
     */
    public Optional<VehicleEvent> correctReading(UUID id, int baseVersion, BigDecimal odometer, String reason) {
        if (reason == null || reason.strip().length() < 3) {
            throw FleetText.error("review.reason.needed");
        }
        return Db.inTransaction(jdbi, h -> {
            EventDao dao = h.attach(EventDao.class);
            return dao.correctReading(id, baseVersion, odometer, reason) == 1 ? dao.find(id) : Optional.empty();
        });
    }

    /**
     * Moves the event to where it really happened. The original stays in the correction row (the
     * database takes it from the event) with the reason, and in the event's history.
     */
    public VehicleEvent correctLocation(
            UUID id, BigDecimal latitude, BigDecimal longitude, String place, String reason) {
        return Db.inTransaction(jdbi, h -> {
            EventDao dao = h.attach(EventDao.class);
            VehicleEvent event = dao.find(id).orElseThrow(() -> FleetText.error("event.gone"));
            dao.insertCorrection(ids.next(), id, event.occurredAt(), latitude, longitude, place, reason);
            return dao.find(id).orElseThrow();
        });
    }

    public List<LocationCorrection> corrections(UUID eventId) {
        return Db.call(jdbi, h -> h.attach(EventDao.class).corrections(eventId));
    }

    /**
     * One page of a vehicle's timeline, newest first, after {@code after} (null: from the newest).
     * {@code kinds} empty means every kind; {@code deleted} lists the deleted events instead.
     */
    public List<VehicleEvent> timeline(
            UUID vehicleId, VehicleEvent after, Set<EventKind> kinds, boolean deleted, int limit) {
        return timeline(vehicleId, after, kinds, deleted, false, limit);
    }

    /** As above; {@code toCheck} keeps only the readings flagged for review that nobody has confirmed. */
    public List<VehicleEvent> timeline(
            UUID vehicleId, VehicleEvent after, Set<EventKind> kinds, boolean deleted, boolean toCheck, int limit) {
        String[] k =
                kinds.isEmpty() ? null : kinds.stream().map(EventKind::dbValue).toArray(String[]::new);
        OffsetDateTime at = after == null ? null : after.occurredAt();
        UUID afterId = after == null ? null : after.id();
        int page = Math.clamp(limit, 1, MAX_PAGE);
        return Db.call(jdbi, h -> h.attach(EventDao.class).timeline(vehicleId, at, afterId, k, deleted, toCheck, page));
    }

    /** Every live fuel entry of a vehicle, oldest first (the input of {@link FuelEconomy}). */
    public List<VehicleEvent> fuelHistory(UUID vehicleId) {
        return Db.call(jdbi, h -> h.attach(EventDao.class).fuelHistory(vehicleId));
    }

    /** The event's history, oldest change first, each with its fields before and after. */
    public List<Revision> history(UUID eventId) {
        record Read(List<RevisionRow> rows, List<LocationCorrection> corrections) {}
        Read read = Db.call(jdbi, h -> {
            EventDao dao = h.attach(EventDao.class);
            return new Read(dao.revisions(eventId), dao.corrections(eventId));
        });
        return withReasons(revisions(read.rows()), read.corrections());
    }

    /**
     * Each location correction's reason beside the revision it made ("correction_reason"): people
     * have no UPDATE on the location, so the nth location revision is the nth correction row.
     */
    private static List<Revision> withReasons(List<Revision> revisions, List<LocationCorrection> corrections) {
        List<Revision> out = new ArrayList<>();
        int next = 0;
        for (Revision r : revisions) {
            if ("location_corrected".equals(r.action()) && next < corrections.size()) {
                List<Revision.FieldChange> changes = new ArrayList<>(r.changes());
                changes.add(new Revision.FieldChange(
                        "correction_reason", null, corrections.get(next++).reason()));
                r = new Revision(
                        r.id(), r.action(), r.changedAt(), r.changedBy(), r.personName(), List.copyOf(changes));
            }
            out.add(r);
        }
        return out;
    }

    private static List<Revision> revisions(List<RevisionRow> rows) {
        List<Revision> out = new ArrayList<>();
        List<Revision.FieldChange> changes = new ArrayList<>();
        RevisionRow head = null;
        for (RevisionRow row : rows) {
            if (head != null && head.id() != row.id()) {
                out.add(revision(head, changes));
                changes = new ArrayList<>();
            }
            head = row;
            if (row.field() != null) {
                changes.add(new Revision.FieldChange(row.field(), row.beforeValue(), row.afterValue()));
            }
        }
        if (head != null) {
            out.add(revision(head, changes));
        }
        return out;
    }

    private static Revision revision(RevisionRow row, List<Revision.FieldChange> changes) {
        return new Revision(
                row.id(), row.action(), row.changedAt(), row.changedBy(), row.personName(), List.copyOf(changes));
    }
}
