package io.plantdesk.maintenance.api;

import java.util.Locale;

/** Why the work is done; planned work is preventive and inspection, reactive is corrective and emergency. */
public enum WorkOrderType {
    CORRECTIVE,
    PREVENTIVE,
    INSPECTION,
    EMERGENCY;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WorkOrderType fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public boolean isPlanned() {
        return this == PREVENTIVE || this == INSPECTION;
    }
}
