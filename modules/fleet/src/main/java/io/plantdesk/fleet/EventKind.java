package io.plantdesk.fleet;

import java.util.Arrays;

/** What happened to a vehicle; the database's check lists the same values. */
public enum EventKind {
    FUEL("fuel"),
    MAINTENANCE("maintenance"),
    REPAIR("repair"),
    DAMAGE("damage"),
    INSPECTION("inspection"),
    ODOMETER("odometer"),
    TAX_FEE("tax_fee"),
    NOTE("note");

    private final String dbValue;

    EventKind(String dbValue) {
        this.dbValue = dbValue;
    }

    public String dbValue() {
        return dbValue;
    }

    public static EventKind of(String dbValue) {
        return Arrays.stream(values())
                .filter(k -> k.dbValue.equals(dbValue))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown event kind " + dbValue));
    }
}
