package io.plantdesk.ui.widgets;

import io.plantdesk.platform.db.Environment;
import io.plantdesk.ui.i18n.Messages;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The environment of the connection, always visible and never cut short; PRODUCTION is red. */
public final class EnvironmentBadge extends Label {

    public EnvironmentBadge() {
        getStyleClass().add("env-badge");
        setMinWidth(Region.USE_PREF_SIZE);
    }

    /** Shows the environment under ui-kit's word for it (in the person's language). */
    public void show(Environment env) {
        show(
                env,
                Messages.of("io.plantdesk.ui.messages", EnvironmentBadge.class)
                        .get("env.badge." + env.name().toLowerCase(Locale.ROOT)));
    }

    /** Shows the environment under its name from the caller's bundle (e.g. "PRODUCTION"). */
    public void show(Environment env, String text) {
        setText(text);
        getStyleClass().removeIf(c -> c.startsWith("env-") && !c.equals("env-badge"));
        getStyleClass().add("env-" + env.name().toLowerCase(Locale.ROOT));
    }
}
