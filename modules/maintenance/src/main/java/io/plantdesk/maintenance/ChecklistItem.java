package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An item with its result. {@code outcome} is computed by the database: "pass", "fail" (a failed
 * check, or a value outside its limits) or null while unanswered.
 */
public record ChecklistItem(
        UUID id,
        UUID checklistId,
        int position,
        String prompt,
        ItemKind kind,
        String unit,
        BigDecimal lowLimit,
        BigDecimal highLimit,
        Boolean passed,
        BigDecimal value,
        String note,
        String outcome,
        OffsetDateTime answeredAt,
        String answeredBy) {

    public boolean failed() {
        return "fail".equals(outcome);
    }
}
