package io.plantdesk.platform.db;

import java.util.Locale;

/** The environment tag of a connection profile; the window badge shows it, PRODUCTION in red. */
public enum Environment {
    DEV, STAGING, PRODUCTION, CUSTOM;

    public static Environment parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return CUSTOM;
        }
    }
}
