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
 * maintenance's api and with the same key: the work order first, then the downtime that names it.
 * A crash between the two is mended by the replay (the outbox sends the key again): maintenance
 * returns the work order it opened and the downtime is written once.
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
            return prior.get().toDowntime(true);
        }
        if (s.reason() == DowntimeReason.MACHINE_BREAKDOWN && s.machineId() == null) {
            throw SewingText.error("downtime.breakdown.machine");
        }
        Optional<DowntimeRow> running = Services.read(jdbi,
                d -> d.runningOn(s.lineId(), s.reason().dbValue(), s.machineId()));
        if (running.isPresent()) {
            throw SewingText.error("downtime.running", running.get().lineName());
        }
        OffsetDateTime at = s.at() == null ? OffsetDateTime.now(clock) : s.at();
        UUID workOrder = null;
        if (s.reason() == DowntimeReason.MACHINE_BREAKDOWN && maintenance.isPresent()) {
            String title = s.note().isEmpty() ? SewingText.of("downtime.breakdown.title").english() : firstLine(s.note());
            WorkOrderRef ref = maintenance.get().openCorrective(s.key(),
                    new BreakdownReport(s.machineId(), title, s.note(), Priority.HIGH, false, at));
            workOrder = ref.id();
        }
        UUID id = ids.next();
        UUID wo = workOrder;
        try {
            return Services.inTransaction(jdbi, h -> {
                SewingDao dao = h.attach(SewingDao.class);
                dao.insertDowntime(id, s.key(), s.lineId(), s.machineId(), s.reason().dbValue(), s.note(), at, wo);
                return dao.downtime(id).orElseThrow().toDowntime(false);
            });
        } catch (RuntimeException e) {
            // Two stations replaying one key at once: the loser returns the winner's stop.
            Optional<DowntimeRow> winner = Services.read(jdbi, d -> d.downtimeByKey(s.key()));
            if (winner.isPresent()) {
                return winner.get().toDowntime(true);
            }
            throw e;
        }
    }

    /** Ends a running stop; the same key again returns it as it was ended. */
    public Downtime stop(UUID key, UUID downtimeId, OffsetDateTime at) {
        OffsetDateTime end = at == null ? OffsetDateTime.now(clock) : at;
        return Services.inTransaction(jdbi, h -> {
            SewingDao dao = h.attach(SewingDao.class);
            DowntimeRow row = dao.downtime(downtimeId).orElseThrow(() -> SewingText.error("downtime.not.found"));
            if (row.endedAt() != null) {
                if (key.equals(row.stopKey())) {
                    return row.toDowntime(true);
                }
                throw SewingText.error("downtime.already.stopped");
            }
            dao.stopDowntime(downtimeId, key, end);
            return dao.downtime(downtimeId).orElseThrow().toDowntime(false);
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
