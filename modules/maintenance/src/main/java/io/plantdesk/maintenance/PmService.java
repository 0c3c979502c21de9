package io.plantdesk.maintenance;

import io.plantdesk.platform.ids.Ids;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Preventive-maintenance schedules (planners write) and their generation run, which any client
 * may call on a timer ({@link #generate(int)}): the plant's generator state row, locked NOWAIT in
 * maint.generate_pm, lets one client work at a time (the others see "busy"), and a unique
 * (schedule, cycle) on work orders stops a duplicate even if that were bypassed.
 */
public final class PmService {

    /** The most work orders one run creates; a run that hits it leaves the rest for the next. */
    public static final int DEFAULT_BATCH = 200;

    private final Jdbi jdbi;
    private final Ids ids;

    public PmService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
    }

    public PmSchedule create(PmScheduleDraft draft) {
        return inTransaction(h -> {
            PmDao dao = h.attach(PmDao.class);
            UUID id = ids.next();
            dao.insert(id, draft, draft.type().dbValue(), draft.priority().code());
            return dao.find(id).orElseThrow();
        });
    }

    public List<PmSchedule> schedules() {
        return call(h -> h.attach(PmDao.class).list());
    }

    /** The asset's schedules (the asset screen's PM list), next due first. */
    public List<PmSchedule> schedulesOf(UUID assetId) {
        return call(h -> h.attach(PmDao.class).listForAsset(assetId));
    }

    /**
     * Saves an edit from {@code baseVersion}, the next dues as the form gives them; empty when
     * someone else saved in between (reload and retry).
     */
    public Optional<PmSchedule> save(UUID id, int baseVersion, PmScheduleDraft draft) {
        return inTransaction(h -> {
            PmDao dao = h.attach(PmDao.class);
            int n = dao.update(
                    id,
                    baseVersion,
                    draft,
                    draft.type().dbValue(),
                    draft.priority().code());
            return n == 1 ? dao.find(id) : Optional.empty();
        });
    }

    public Optional<PmSchedule> find(UUID id) {
        return call(h -> h.attach(PmDao.class).find(id));
    }

    /** Pauses or resumes a schedule; empty when someone else changed it since {@code baseVersion}. */
    public Optional<PmSchedule> setActive(UUID id, int baseVersion, boolean active) {
        return inTransaction(h -> {
            PmDao dao = h.attach(PmDao.class);
            return dao.setActive(id, baseVersion, active) == 1 ? dao.find(id) : Optional.empty();
        });
    }

    /** One generation run for the caller's plant: the work orders that fell due, at most {@code max}. */
    public PmRun generate(int max) {
        return inTransaction(h -> h.attach(PmDao.class).generate(max));
    }

    private <T> T call(Function<Handle, T> work) {
        try {
            return jdbi.withHandle(work::apply);
        } catch (JdbiException e) {
            throw MaintText.translate(e);
        }
    }

    private <T> T inTransaction(Function<Handle, T> work) {
        try {
            return jdbi.inTransaction(work::apply);
        } catch (JdbiException e) {
            throw MaintText.translate(e);
        }
    }
}
