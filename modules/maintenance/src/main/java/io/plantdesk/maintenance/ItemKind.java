package io.plantdesk.maintenance;

import java.util.Locale;

/** A checklist item's kind of answer: pass/fail, a measured value within limits, or a note. */
public enum ItemKind {
    PASS_FAIL,
    VALUE,
    NOTE;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ItemKind fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
