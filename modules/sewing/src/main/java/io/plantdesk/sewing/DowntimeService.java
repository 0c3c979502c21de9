package io.plantdesk.sewing;

import io.plantdesk.maintenance.api.BreakdownReport;
import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderRef;
import io.plantdesk.maintenance.api.WorkRequests;
import io.plantdesk.platform.ids.Ids;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Stops on the floor: start and stop, each with the client's idempotency key. A machine
 * breakdown opens a corrective work order for that machine in the same action, through
 * maintenance's api and with the same key: the stop first (the database allows one running
 * breakdown per machine, so two stations reporting it at once write one stop), then the work
 * order, linked to the stop. A crash between the two is mended by the replay (the outbox sends
 * the key again): the stop is found by its key and maintenance returns the work order it opened.
 */
public final class DowntimeService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final Ids ids;
    private final Optional<WorkRequests> maintenance;

    /** @param maintenance maintenance's work requests, empty when maintenance is not installed */
    public DowntimeService(Jdbi jdbi, Clock clock, Optional<WorkRequests> maintenance) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.ids = new Ids(clock);
        this.maintenance = maintenance;
    }

    public Downtime start(DowntimeStart s) {
        Optional<DowntimeRow> prior = Services.read(jdbi, d -> d.downtimeByKey(s.key()));
        if (prior.isPresent()) {
            return withWorkOrder(prior.get(), s, true);
        }
        if (s.reason() == DowntimeReason.MACHINE_BREAKDOWN && s.machineId() == null) {
            throw SewingText.error("downtime.breakdown.machine");
        }
        Optional<DowntimeRow> running =
                Services.read(jdbi, d -> d.runningOn(s.lineId(), s.reason().dbValue(), s.machineId()));
        if (running.isPresent()) {
            throw SewingText.error("downtime.running", running.get().lineName());
        }
        OffsetDateTime at = s.at() == null ? OffsetDateTime.now(clock) : s.at();
        UUID id = ids.next();
        DowntimeRow written;
        try {
            written = Services.inTransaction(jdbi, h -> {
                SewingDao dao = h.attach(SewingDao.class);
                dao.insertDowntime(
                        id, s.key(), s.lineId(), s.machineId(), s.reason().dbValue(), s.note(), at, null);
                return dao.downtime(id).orElseThrow();
            });
        } catch (RuntimeException e) {
            // Two stations replaying one key at once: the loser returns the winner's stop.
            Optional<DowntimeRow> winner = Services.read(jdbi, d -> d.downtimeByKey(s.key()));
            if (winner.isPresent()) {
                return withWorkOrder(winner.get(), s, true);
            }
            throw e;
        }
        return withWorkOrder(written, s, false);
    }

    /**
     * The corrective work order of a breakdown, opened after its stop is written: the database
     * keeps one running breakdown per machine, so of two stations reporting the same machine at
     * once only the one whose stop was written opens a work order. Maintenance opens it once per
     * key, so a replay after a crash between the two steps opens the same one and links it.
     */
    private Downtime withWorkOrder(DowntimeRow row, DowntimeStart s, boolean repeated) {
        if (row.machineId() == null
                || maintenance.isEmpty()
                || DowntimeReason.fromDb(row.reason()) != DowntimeReason.MACHINE_BREAKDOWN) {
            return row.toDowntime(repeated, null);
        }
        String title =
                s.note().isEmpty() ? SewingText.of("downtime.breakdown.title").english() : firstLine(s.note());
        // Asked again on a replay (the work order already linked): maintenance returns the one it
        // opened for this key, with its number, so sewing never reads maintenance's tables for it.
        WorkOrderRef ref = maintenance
                .get()
                .openCorrective(
                        s.key(),
                        new BreakdownReport(row.machineId(), title, s.note(), Priority.HIGH, false, row.startedAt()));
        if (row.workOrderId() != null) {
            return row.toDowntime(repeated, ref.number());
        }
        return Services.inTransaction(jdbi, h -> {
                    SewingDao dao = h.attach(SewingDao.class);
                    dao.linkWorkOrder(row.id(), ref.id());
                    return dao.downtime(row.id()).orElseThrow();
                })
                .toDowntime(repeated, ref.number());
    }

    /** Ends a running stop; the same key again returns it as it was ended. */
    public Downtime stop(UUID key, UUID downtimeId, OffsetDateTime at) {
        OffsetDateTime end = at == null ? OffsetDateTime.now(clock) : at;
        return Services.inTransaction(jdbi, h -> {
            SewingDao dao = h.attach(SewingDao.class);
            DowntimeRow row = dao.downtime(downtimeId).orElseThrow(() -> SewingText.error("downtime.not.found"));
            if (row.endedAt() != null) {
                if (key.equals(row.stopKey())) {
                    return row.toDowntime(true, null);
                }
                throw SewingText.error("downtime.already.stopped");
            }
            dao.stopDowntime(downtimeId, key, end);
            return dao.downtime(downtimeId).orElseThrow().toDowntime(false, null);
        });
    }

    /** Every stop still running in the plant, by line. */
    public List<DowntimeRow> running() {
        return Services.read(jdbi, SewingDao::runningDowntime);
    }

    private static String firstLine(String note) {
        String line = note.lines().findFirst().orElse(note).strip();
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
