package io.plantdesk.maintenance;

import io.plantdesk.platform.ids.Ids;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The backlog's saved filters, kept in the database (V058) so a person finds theirs on any PC, and
 * may share one with the plant. Runs on the person's login: row-level security shows their own and
 * the shared ones, and lets them change only their own. Every call does I/O (the TaskRunner's).
 */
public final class SavedFilterService {

    public static final int NAME_MAX = 80;

    private final Jdbi jdbi;
    private final Ids ids;

    public SavedFilterService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
    }

    /** The person's own filters (by name), then the plant's shared ones; each query on its first page of {@code pageSize}. */
    public List<SavedFilter> list(int pageSize) {
        List<SavedFilter> out = new ArrayList<>();
        for (SavedFilterDao.Row r : call(SavedFilterDao::list)) {
            try {
                out.add(new SavedFilter(
                        r.id(),
                        r.name(),
                        BacklogQueryCodec.decode(r.query(), pageSize),
                        r.shared(),
                        r.mine(),
                        r.ownerName(),
                        r.version()));
            } catch (IllegalArgumentException e) {
                // saved by a newer Plantdesk with a filter this one does not know: left out, the rest still work
            }
        }
        return out;
    }

    /** Saves the query under {@code name}, replacing the person's filter of that name. */
    public void save(String name, BacklogQuery query, boolean shared) {
        String n = checkedName(name);
        call(dao -> {
            dao.save(ids.next(), n, BacklogQueryCodec.encode(query), shared);
            return null;
        });
    }

    public void rename(SavedFilter filter, String name) {
        String n = checkedName(name);
        changed(call(dao -> dao.rename(filter.id(), filter.version(), n)));
    }

    public void share(SavedFilter filter, boolean shared) {
        changed(call(dao -> dao.setShared(filter.id(), filter.version(), shared)));
    }

    public void delete(SavedFilter filter) {
        call(dao -> dao.delete(filter.id()));
    }

    private static String checkedName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > NAME_MAX) {
            throw MaintText.error("saved.name.invalid", NAME_MAX);
        }
        return n;
    }

    /** Zero rows: changed or deleted on another PC since the list was read (or not the person's). */
    private static void changed(int rows) {
        if (rows == 0) {
            throw MaintText.error("saved.stale");
        }
    }

    private <T> T call(Function<SavedFilterDao, T> work) {
        try {
            return jdbi.withHandle(h -> work.apply(h.attach(SavedFilterDao.class)));
        } catch (JdbiException e) {
            throw MaintText.translate(e);
        }
    }
}
