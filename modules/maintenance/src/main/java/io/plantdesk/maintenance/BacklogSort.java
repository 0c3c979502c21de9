package io.plantdesk.maintenance;

/**
 * The backlog's sort keys: a closed list, each an indexed expression (V023), so no text from a
 * screen ever reaches the ORDER BY. Ties break on the work order number.
 */
public enum BacklogSort {
    NUMBER("w.number"),
    DUE("w.due_at"),
    PRIORITY("w.priority"),
    SCHEDULED("w.scheduled_start"),
    REQUESTED("w.requested_at"),
    UPDATED("w.updated_at"),
    TITLE("lower(w.title)");

    private final String expression;

    BacklogSort(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }
}
