package io.plantdesk.maintenance.api;

import java.math.BigDecimal;

/**
 * A technician's result for one checklist item: {@code passed} for a pass/fail item, {@code value}
 * for a measured one (outside its limits it fails), a note for any.
 */
public record ChecklistAnswer(Boolean passed, BigDecimal value, String note) {

    public static ChecklistAnswer pass() {
        return new ChecklistAnswer(true, null, null);
    }

    public static ChecklistAnswer fail(String note) {
        return new ChecklistAnswer(false, null, note);
    }

    public static ChecklistAnswer measured(BigDecimal value) {
        return new ChecklistAnswer(null, value, null);
    }
}
