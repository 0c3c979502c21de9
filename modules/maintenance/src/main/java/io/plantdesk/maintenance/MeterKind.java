package io.plantdesk.maintenance;

import java.util.Locale;

/** What a meter counts. */
public enum MeterKind {
    RUN_HOURS,
    PIECES,
    CYCLES;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MeterKind fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
