package io.plantdesk.maintenance;

import java.util.Optional;

/**
 * The fields of a work order whose changes its history shows, by their column. Status (its own
 * history), the stamps it follows from (completed, closed) and derived columns (the search vector)
 * are not fields a person edits, so they have no entry. {@code label} is the editor's field key.
 */
public enum WorkOrderField {
    TITLE("title", "title"),
    DESCRIPTION("description", "description"),
    TYPE("type", "type"),
    PRIORITY("priority", "priority"),
    ASSET("asset_id", "asset"),
    REQUESTED_BY("requested_by", "requestedBy"),
    DUE("due_at", "due"),
    SCHEDULED_START("scheduled_start", "start"),
    SCHEDULED_END("scheduled_end", "end"),
    ESTIMATED_HOURS("estimated_hours", "estimated"),
    ACTUAL_HOURS("actual_hours", "actual"),
    DOWNTIME_START("downtime_start", "downtimeStart"),
    DOWNTIME_END("downtime_end", "downtimeEnd"),
    FAILURE_CODE("failure_code", "failureCode"),
    FAILURE_CAUSE("failure_cause", "cause"),
    FAILURE_REMEDY("failure_remedy", "remedy"),
    TAGS("tags", "tags");

    private final String column;
    private final String label;

    WorkOrderField(String column, String label) {
        this.column = column;
        this.label = label;
    }

    public String column() {
        return column;
    }

    /** The editor's word for it: {@code editor.field.<label>}. */
    public String label() {
        return label;
    }

    public static Optional<WorkOrderField> ofColumn(String column) {
        for (WorkOrderField f : values()) {
            if (f.column.equals(column)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
