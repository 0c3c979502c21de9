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

    /** Whether an asset of kind {@code parent} may hold one of {@code child} (the database's maint.asset_check_parent). */
    public static boolean holds(AssetKind parent, AssetKind child) {
        return switch (child) {
            case SITE -> false;
            case LINE -> parent == SITE;
            case MACHINE -> parent == SITE || parent == LINE;
            case COMPONENT -> parent == MACHINE || parent == COMPONENT;
        };
    }

    public static AssetKind fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
