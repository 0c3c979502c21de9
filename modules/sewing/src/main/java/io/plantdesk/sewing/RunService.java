package io.plantdesk.sewing;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.ids.Ids;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Planning the plant's sewing runs: a page of them newest first, and creating and editing one.
 * The database checks every range, that the line and style are the plant's own and in use, and
 * that a run with output keeps its line and style (V124); this class turns refusals into
 * sentences and a save over a version that moved on into "someone else changed it".
 */
public final class RunService {

    private final Jdbi jdbi;
    private final Ids ids;

    public RunService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
    }

    /** Runs from {@code offset} on, newest start first; {@code lineId} null for every line. */
    public List<RunRow> page(UUID lineId, int limit, int offset) {
        return Services.inTransaction(jdbi, h -> h.attach(RunDao.class).page(lineId, limit, offset));
    }

    public RunRow create(RunDraft draft) {
        UUID id = ids.next();
        RunDraft d = stripped(draft);
        return Services.inTransaction(jdbi, h -> {
            RunDao dao = h.attach(RunDao.class);
            dao.insert(id, d);
            return dao.one(id).orElseThrow();
        });
    }

    /**
     * Saves the run over the version it was read at. Refused with "someone else changed it" when
     * another save came first, and with "no longer exists" when it is gone (or another plant's).
     */
    public RunRow update(UUID id, int version, RunDraft draft) {
        RunDraft d = stripped(draft);
        return Services.inTransaction(jdbi, h -> {
            RunDao dao = h.attach(RunDao.class);
            if (dao.update(id, version, d) == 0) {
                throw dao.one(id).isPresent() ? SewingText.error("run.changed") : SewingText.error("run.not.found");
            }
            return dao.one(id).orElseThrow();
        });
    }

    /** The run as it is now (after a refused save, to show what the other person saved). */
    public RunRow one(UUID id) {
        return Services.inTransaction(
                jdbi, h -> h.attach(RunDao.class).one(id).orElseThrow(() -> SewingText.error("run.not.found")));
    }

    /** Whether a save was refused because someone else saved the run first. */
    public static boolean isStale(Throwable e) {
        return e instanceof PlantdeskException p
                && p.messageText().map(t -> t.key().equals("run.changed")).orElse(false);
    }

    private static RunDraft stripped(RunDraft d) {
        return new RunDraft(
                d.lineId(),
                d.styleId(),
                d.orderRef() == null ? "" : d.orderRef().strip(),
                d.orderQty(),
                d.targetEfficiency(),
                d.startsOn(),
                d.endsOn());
    }
}
