package io.plantdesk.maintenance;

import java.util.Locale;

/** The levels of the asset hierarchy, top down; the database keeps children below their parent. */
public enum AssetKind {
    SITE,
    LINE,
    MACHINE,
    COMPONENT;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AssetKind fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
