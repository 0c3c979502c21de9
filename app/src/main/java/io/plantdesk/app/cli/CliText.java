package io.plantdesk.app.cli;

import io.plantdesk.platform.Text;

/** What the command line prints, from {@code io.plantdesk.app.cli.messages}: one bundle, proper plurals. */
final class CliText {

    static final String BUNDLE = "io.plantdesk.app.cli.messages";

    private CliText() {}

    static String say(String key, Object... args) {
        return new Text(BUNDLE, key, args).english();
    }
}
