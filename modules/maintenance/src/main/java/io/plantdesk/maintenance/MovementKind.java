package io.plantdesk.maintenance;

import java.util.Locale;

/** Kinds of stock movement in the ledger. */
public enum MovementKind {
    RECEIVED,
    ISSUED,
    RETURNED,
    ADJUSTED;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MovementKind fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
