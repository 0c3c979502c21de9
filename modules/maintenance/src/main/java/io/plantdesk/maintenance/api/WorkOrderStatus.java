package io.plantdesk.maintenance.api;

import java.util.Locale;

/**
 * Where a work order is in its workflow. Which status may follow which is the database's table
 * maint.status_transition (enforced by a trigger); {@link #isOpen()} is the backlog.
 */
public enum WorkOrderStatus {
    REQUESTED,
    APPROVED,
    SCHEDULED,
    IN_PROGRESS,
    ON_HOLD,
    COMPLETED,
    CLOSED,
    CANCELLED;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WorkOrderStatus fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** Still to be done: the backlog. */
    public boolean isOpen() {
        return this != COMPLETED && this != CLOSED && this != CANCELLED;
    }
}
