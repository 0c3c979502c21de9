package io.plantdesk.maintenance;

/**
 * The outcome of saving an edit that started from a version: saved, or a conflict because someone
 * else saved in between. A conflict carries both sides so the screen can show them next to each
 * other; nothing was written and the person's draft is intact.
 */
public sealed interface SaveResult {

    record Saved(WorkOrder workOrder) implements SaveResult {}

    /**
     * @param mine       what this person tried to save
     * @param mineBase   the version their edit started from
     * @param theirs     the work order as it is now (its {@code version} is the newer one)
     */
    record Conflict(WorkOrderDraft mine, int mineBase, WorkOrder theirs) implements SaveResult {}
}
