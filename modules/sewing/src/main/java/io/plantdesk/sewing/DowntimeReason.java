package io.plantdesk.sewing;

import java.util.Locale;

/** Why a line stopped (the database's reason codes). */
public enum DowntimeReason {
    MACHINE_BREAKDOWN,
    NO_WORK,
    POWER,
    STYLE_CHANGE,
    WAITING_MATERIAL,
    QUALITY_ISSUE,
    OTHER;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DowntimeReason fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
