package io.plantdesk.migrations.service;

import io.plantdesk.platform.Text;

/**
 * The migration service's sentences (refusals, failures, results) as keys of
 * {@code io.plantdesk.migrations.messages}: the screen renders them in the person's language, the
 * command line and the log in English.
 */
public final class ServiceText {

    public static final String BUNDLE = "io.plantdesk.migrations.messages";

    private ServiceText() {}

    public static Text of(String key, Object... args) {
        return new Text(BUNDLE, key, args);
    }
}
