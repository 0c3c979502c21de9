package io.plantdesk.platform.db;

import java.util.Locale;

/** The environment tag of a connection profile; the window badge shows it, PRODUCTION in red. */
public enum Environment {
    DEV,
    STAGING,
    PRODUCTION,
    CUSTOM;

    /**
     * Reads a tag as written in profiles.properties. An unknown tag is refused with a sentence: a
     * mistyped "prod" must not quietly lose the production rules.
     */
    public static Environment parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "The environment \"" + text + "\" is not one of dev, staging, production, custom.");
        }
    }
}
