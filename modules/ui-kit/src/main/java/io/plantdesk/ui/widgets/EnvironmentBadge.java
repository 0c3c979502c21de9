package io.plantdesk.ui.widgets;

import io.plantdesk.platform.db.Environment;
import java.util.Locale;
import javafx.scene.control.Label;

/** The environment of the connection, always visible; PRODUCTION is red. */
public final class EnvironmentBadge extends Label {

    public EnvironmentBadge() {
        getStyleClass().add("env-badge");
    }

    public void show(Environment env) {
        setText(env.name());
        getStyleClass().removeIf(c -> c.startsWith("env-") && !c.equals("env-badge"));
        getStyleClass().add("env-" + env.name().toLowerCase(Locale.ROOT));
    }
}
