package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import java.util.Set;
import java.util.UUID;

/**
 * A page of the backlog: filters (empty sets and nulls mean "any"), full-text search, sort and
 * page. {@code statuses} empty means the open backlog (not completed, closed or cancelled).
 *
 * @param text      full-text search (words, "quoted phrase", -excluded, or a work order number);
 *                  every match is filtered and sorted (see {@link WorkOrderService#SEARCH_CANDIDATES})
 * @param overdue   only work orders past their due moment and still open
 */
public record BacklogQuery(
        Set<WorkOrderStatus> statuses,
        Set<WorkOrderType> types,
        Set<Priority> priorities,
        UUID assetId,
        UUID assigneeId,
        String tag,
        boolean overdue,
        String text,
        BacklogSort sort,
        boolean descending,
        int offset,
        int limit) {

    public BacklogQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        types = types == null ? Set.of() : Set.copyOf(types);
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
        sort = sort == null ? BacklogSort.NUMBER : sort;
        offset = Math.max(0, offset);
        limit = Math.clamp(limit, 1, 500);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** The open backlog, most urgent first, 100 a page. */
    public static BacklogQuery open() {
        return new BacklogQuery(
                Set.of(), Set.of(), Set.of(), null, null, null, false, null, BacklogSort.PRIORITY, false, 0, 100);
    }

    public BacklogQuery withStatuses(Set<WorkOrderStatus> v) {
        return new BacklogQuery(
                v, types, priorities, assetId, assigneeId, tag, overdue, text, sort, descending, offset, limit);
    }

    public BacklogQuery withText(String v) {
        return new BacklogQuery(
                statuses, types, priorities, assetId, assigneeId, tag, overdue, v, sort, descending, offset, limit);
    }

    public BacklogQuery withSort(BacklogSort v, boolean desc) {
        return new BacklogQuery(
                statuses, types, priorities, assetId, assigneeId, tag, overdue, text, v, desc, offset, limit);
    }

    public BacklogQuery withPage(int newOffset, int newLimit) {
        return new BacklogQuery(
                statuses,
                types,
                priorities,
                assetId,
                assigneeId,
                tag,
                overdue,
                text,
                sort,
                descending,
                newOffset,
                newLimit);
    }

    public BacklogQuery withFilters(
            Set<WorkOrderType> t, Set<Priority> p, UUID asset, UUID assignee, String tagged, boolean overdueOnly) {
        return new BacklogQuery(
                statuses, t, p, asset, assignee, tagged, overdueOnly, text, sort, descending, offset, limit);
    }
}
