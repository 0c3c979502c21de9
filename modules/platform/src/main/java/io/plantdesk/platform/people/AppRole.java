package io.plantdesk.platform.people;

import java.util.Locale;

/** A person's role in the plant; each maps to one PostgreSQL group role that carries the grants. */
public enum AppRole {
    ADMIN,
    PLANNER,
    SUPERVISOR,
    TECHNICIAN,
    OPERATOR;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String groupRole() {
        return "plantdesk_" + dbValue();
    }

    public static AppRole fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
