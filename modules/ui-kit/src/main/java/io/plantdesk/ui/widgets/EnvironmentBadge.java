package io.plantdesk.ui.widgets;

import io.plantdesk.platform.db.Environment;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The environment of the connection, always visible and never cut short; PRODUCTION is red. */
public final class EnvironmentBadge extends Label {

    public EnvironmentBadge() {
        getStyleClass().add("env-badge");
        setMinWidth(Region.USE_PREF_SIZE);
    }

    public void show(Environment env) {
        show(env, env.name());
    }

    /** Shows the environment under its name from the caller's bundle (e.g. "PRODUCTION"). */
    public void show(Environment env, String text) {
        setText(text);
        getStyleClass().removeIf(c -> c.startsWith("env-") && !c.equals("env-badge"));
        getStyleClass().add("env-" + env.name().toLowerCase(Locale.ROOT));
    }
}
