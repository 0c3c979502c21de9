package io.plantdesk.fleet;

import java.util.Arrays;

/** Where a reminder stands (fleet.reminder_status computes it); most urgent first. */
public enum ReminderState {
    OVERDUE("overdue"),
    DUE_SOON("due_soon"),
    UPCOMING("upcoming"),
    DONE("done");

    private final String dbValue;

    ReminderState(String dbValue) {
        this.dbValue = dbValue;
    }

    public String dbValue() {
        return dbValue;
    }

    public static ReminderState of(String dbValue) {
        return Arrays.stream(values())
                .filter(s -> s.dbValue.equals(dbValue))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown reminder state " + dbValue));
    }
}
