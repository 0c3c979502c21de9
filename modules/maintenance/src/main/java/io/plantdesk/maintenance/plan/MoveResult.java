package io.plantdesk.maintenance.plan;

import io.plantdesk.maintenance.WorkOrder;

/** The outcome of a drag on the planner: moved, or refused because someone changed it meanwhile. */
public sealed interface MoveResult {

    record Moved(WorkOrder workOrder) implements MoveResult {}

    /**
     * Nothing was written; {@code theirs} is the work order as it is now, {@code byName} the person
     * who saved it last (their name, not their login), empty when unknown.
     */
    record Conflict(WorkOrder theirs, String byName) implements MoveResult {}
}
