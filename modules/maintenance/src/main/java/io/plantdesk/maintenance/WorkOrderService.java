package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.LabourReport;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.platform.ids.Ids;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Work orders for the backlog, the editor, the planner calendar and the status board. Runs on the
 * person's own login (RLS keeps it to their plant; the grants decide who may write) and imports
 * no JavaFX: every call does I/O and belongs on the TaskRunner. Failures a person can act on come
 * back as {@link io.plantdesk.platform.PlantdeskException}s with a sentence; a stale edit is a
 * {@link SaveResult.Conflict}, never an exception and never a silent overwrite.
 */
public final class WorkOrderService {

    /**
     * The fewest matches looked up through the GIN index and sorted (V057): a search with fewer
     * matches than {@link #searchCap} always goes that way. Either way every match is considered.
     */
    public static final int SEARCH_CANDIDATES = 200;

    /** The most matches looked up and sorted: beyond it a search is common in any plant. */
    static final int MAX_SEARCH_CANDIDATES = 20_000;

    /**
     * How many rows the backlog's ordered scan, filtered by the search under RLS, may walk to fill a
     * page: about 10 µs a row at a million work orders, so about 30 ms.
     */
    static final int SCAN_ROWS = 3_000;

    /** The fewest of the sort's first rows a search filters before looking its matches up. */
    static final int FIRST_WALK = 1_000;

    /** A search whose words are in at least one row in this many fills its page on the first try. */
    static final int FIRST_WALK_RATIO = 20;

    private final Jdbi jdbi;
    private final Ids ids;
    private volatile Map<WorkOrderStatus, Set<WorkOrderStatus>> transitions;

    public WorkOrderService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
    }

    /** Creates a requested work order, requested by the caller; returns it with its number. */
    public WorkOrder create(WorkOrderDraft draft) {
        return create(draft, WorkOrderStatus.REQUESTED);
    }

    /** Creates a work order in a starting status (requested, approved, or scheduled with its slot). */
    public WorkOrder create(WorkOrderDraft draft, WorkOrderStatus initial) {
        return inTransaction(h -> {
            UUID id = insert(h, ids.next(), draft, initial, null);
            return h.attach(WorkOrderDao.class).find(id).orElseThrow();
        });
    }

    /** The insert shared with the api and checklist calls, in the caller's transaction. */
    static UUID insert(Handle h, UUID id, WorkOrderDraft draft, WorkOrderStatus initial, UUID raisedFromItem) {
        WorkOrderDao dao = h.attach(WorkOrderDao.class);
        UUID me = dao.currentPerson().orElseThrow(() -> MaintText.error("no.person"));
        dao.insert(
                id,
                draft,
                draft.type().dbValue(),
                draft.priority().code(),
                initial.dbValue(),
                me,
                draft.tags().toArray(String[]::new),
                raisedFromItem);
        return id;
    }

    public Optional<WorkOrder> find(UUID id) {
        return call(dao -> dao.find(id));
    }

    public Optional<WorkOrder> findByNumber(int number) {
        return call(dao -> dao.findByNumber(number));
    }

    /**
     * Saves an edit that started from {@code baseVersion}. Someone else's save in between gives a
     * {@link SaveResult.Conflict} with both versions and writes nothing.
     */
    public SaveResult save(UUID id, int baseVersion, WorkOrderDraft draft) {
        return inTransaction(h -> {
            WorkOrderDao dao = h.attach(WorkOrderDao.class);
            int n = dao.update(
                    id,
                    baseVersion,
                    draft,
                    draft.type().dbValue(),
                    draft.priority().code(),
                    draft.tags().toArray(String[]::new));
            WorkOrder now = dao.find(id).orElseThrow(() -> MaintText.error("not.found"));
            return n == 1 ? new SaveResult.Saved(now) : new SaveResult.Conflict(draft, baseVersion, now);
        });
    }

    /**
     * Moves a work order to another status. The database refuses a step the workflow does not
     * allow (the message names both statuses); the same status again changes nothing.
     */
    public WorkOrder changeStatus(UUID id, WorkOrderStatus to) {
        return inTransaction(h -> {
            WorkOrderDao dao = h.attach(WorkOrderDao.class);
            if (dao.setStatus(id, to.dbValue()) == 0) {
                throw MaintText.error("not.found");
            }
            return dao.find(id).orElseThrow();
        });
    }

    /** The statuses the workflow allows after {@code from} (for menus and the board's drop targets). */
    public Set<WorkOrderStatus> allowedAfter(WorkOrderStatus from) {
        Map<WorkOrderStatus, Set<WorkOrderStatus>> t = transitions;
        if (t == null) {
            Map<WorkOrderStatus, Set<WorkOrderStatus>> m = new EnumMap<>(WorkOrderStatus.class);
            for (WorkOrderStatus s : WorkOrderStatus.values()) {
                m.put(s, EnumSet.noneOf(WorkOrderStatus.class));
            }
            call(WorkOrderDao::transitions)
                    .forEach(r ->
                            m.get(WorkOrderStatus.fromDb(r.fromStatus())).add(WorkOrderStatus.fromDb(r.toStatus())));
            transitions = t = m;
        }
        return Set.copyOf(t.get(from));
    }

    public List<StatusChange> history(UUID id) {
        return call(dao -> dao.history(id));
    }

    public List<Assignee> assignees(UUID id) {
        return call(dao -> dao.assignees(id));
    }

    /** Makes {@code people} the work order's assignees (adds the new, removes the others). */
    public List<Assignee> assign(UUID workOrderId, Collection<UUID> people) {
        return inTransaction(h -> {
            WorkOrderDao dao = h.attach(WorkOrderDao.class);
            dao.find(workOrderId).orElseThrow(() -> MaintText.error("not.found"));
            dao.removeAssigneesExcept(workOrderId, people.toArray(UUID[]::new));
            for (UUID p : people) {
                dao.addAssignee(ids.next(), workOrderId, p);
            }
            return dao.assignees(workOrderId);
        });
    }

    /** Records hours worked; returns the work order's labour entries. */
    public List<Labour> logLabour(LabourReport labour) {
        return inTransaction(h -> {
            WorkOrderDao dao = h.attach(WorkOrderDao.class);
            dao.insertLabour(ids.next(), labour);
            return dao.labour(labour.workOrderId());
        });
    }

    public List<Labour> labour(UUID workOrderId) {
        return call(dao -> dao.labour(workOrderId));
    }

    /** A page of the backlog: filtered, searched, sorted and paged in SQL. */
    public BacklogPage backlog(BacklogQuery q) {
        if (q.text() != null && q.text().length() > 200) {
            throw MaintText.error("text.too.long");
        }
        List<BacklogRow> rows = new ArrayList<>(jdbiCall(h -> {
            if (q.text() != null) {
                // A common word fills the page within the sort's first rows: nothing to look up.
                List<BacklogRow> first = BacklogSql.firstRows(q, firstWalk(q.offset() + q.limit() + 1))
                        .query(h)
                        .mapTo(BacklogRow.class)
                        .list();
                if (first.size() > q.limit()) {
                    return first;
                }
            }
            int cap = q.text() == null ? 0 : searchCap(plantRows(h), q.offset() + q.limit() + 1);
            List<UUID> candidates = q.text() == null ? null : searchCandidates(h, q, cap);
            BacklogSql sql = BacklogSql.of(q, candidates);
            return sql.query(h).mapTo(BacklogRow.class).list();
        }));
        boolean more = rows.size() > q.limit();
        return new BacklogPage(more ? List.copyOf(rows.subList(0, q.limit())) : List.copyOf(rows), q.offset(), more);
    }

    /**
     * A search's matches looked up through the GIN index, or null when there are {@code cap} or more (the
     * match then filters the sort's own scan). With no other filter than the statuses, only the page's rows
     * and those before it come back, already in the sort's order (V109), so the page reads those alone, not
     * every match again.
     */
    static List<UUID> searchCandidates(Handle h, BacklogQuery q, int cap) {
        if (onlyStatusFilter(q)) {
            record Match(UUID id, int matches) {}
            List<Match> m = h.createQuery(
                            "select id, matches from maint.match_work_orders(:text, :cap, :statuses, :sort, :desc, :first)")
                    .bind("text", q.text())
                    .bind("cap", cap)
                    .bind("statuses", statuses(q))
                    .bind("sort", q.sort().name().toLowerCase(Locale.ROOT))
                    .bind("desc", q.descending())
                    .bind("first", q.offset() + q.limit() + 1)
                    .map((rs, ctx) -> new Match(rs.getObject("id", UUID.class), rs.getInt("matches")))
                    .list();
            return !m.isEmpty() && m.getFirst().matches() >= cap
                    ? null
                    : m.stream().map(Match::id).toList();
        }
        List<UUID> all = h.createQuery("select id from maint.match_work_orders(:text, :cap, :statuses)")
                .bind("text", q.text())
                .bind("cap", cap)
                .bind("statuses", statuses(q))
                .mapTo(UUID.class)
                .list();
        return all.size() >= cap ? null : all;
    }

    private static boolean onlyStatusFilter(BacklogQuery q) {
        return q.types().isEmpty()
                && q.priorities().isEmpty()
                && q.assetId() == null
                && q.assigneeId() == null
                && q.tag() == null
                && !q.overdue();
    }

    /**
     * The match density that decides a search's path: the ordered scan filtered by the match walks
     * about {@code needed * rows / matches} rows to fill a page, so it is the faster only when a
     * search has at least {@code needed * rows / SCAN_ROWS} matches; with fewer, looking them up
     * (at most that many, counted through the GIN index) and sorting them is. Bounded both ways.
     *
     * @param rows   the work orders the scan may walk (the planner's count of the table)
     * @param needed the rows of the page asked for and those before it, plus one
     */
    static int searchCap(long rows, int needed) {
        long cap = (long) Math.ceil((double) needed * Math.max(rows, 0) / SCAN_ROWS);
        return (int) Math.clamp(cap, SEARCH_CANDIDATES, MAX_SEARCH_CANDIDATES);
    }

    /**
     * How many of the sort's first rows a search filters before it looks its matches up: enough
     * for a word in one row in {@value #FIRST_WALK_RATIO} to fill the page, at least
     * {@value #FIRST_WALK} (a few milliseconds), at most {@link #SCAN_ROWS}.
     */
    static int firstWalk(int needed) {
        return (int) Math.clamp((long) needed * FIRST_WALK_RATIO, FIRST_WALK, SCAN_ROWS);
    }

    /** The statuses a search looks its matches up among: the query's, or the open ones. */
    private static String[] statuses(BacklogQuery q) {
        return (q.statuses().isEmpty()
                        ? EnumSet.allOf(WorkOrderStatus.class).stream().filter(WorkOrderStatus::isOpen)
                        : q.statuses().stream())
                .map(WorkOrderStatus::dbValue)
                .toArray(String[]::new);
    }

    /** The planner's count of work orders (every plant: an upper bound, read without a scan). */
    private static long plantRows(Handle h) {
        return h.createQuery(
                        "select greatest(reltuples, 0)::bigint from pg_class where oid = 'maint.work_order'::regclass")
                .mapTo(Long.class)
                .one();
    }

    private <T> T call(Function<WorkOrderDao, T> work) {
        return jdbiCall(h -> work.apply(h.attach(WorkOrderDao.class)));
    }

    private <T> T jdbiCall(Function<Handle, T> work) {
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
