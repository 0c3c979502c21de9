package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.util.Objects;

/** An item of a template or a new checklist; limits only for {@link ItemKind#VALUE}. */
public record NewChecklistItem(String prompt, ItemKind kind, String unit, BigDecimal lowLimit, BigDecimal highLimit) {

    public NewChecklistItem {
        Objects.requireNonNull(kind, "kind");
    }

    public static NewChecklistItem passFail(String prompt) {
        return new NewChecklistItem(prompt, ItemKind.PASS_FAIL, null, null, null);
    }

    public static NewChecklistItem value(String prompt, String unit, BigDecimal low, BigDecimal high) {
        return new NewChecklistItem(prompt, ItemKind.VALUE, unit, low, high);
    }

    public static NewChecklistItem note(String prompt) {
        return new NewChecklistItem(prompt, ItemKind.NOTE, null, null, null);
    }
}
