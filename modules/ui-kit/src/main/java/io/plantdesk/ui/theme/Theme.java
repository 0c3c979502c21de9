package io.plantdesk.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** AtlantaFX Primer light or dark, Plantdesk's own stylesheet on top, and the Desk/Floor class. */
public final class Theme {

    public static final String STYLESHEET = Objects.requireNonNull(
            Theme.class.getResource("/io/plantdesk/ui/plantdesk.css")).toExternalForm();

    private Theme() {
    }

    public static void applyBase(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static void install(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }

    public static void applyMode(Parent root, UiMode mode) {
        for (UiMode m : UiMode.values()) {
            root.getStyleClass().remove(m.styleClass());
        }
        root.getStyleClass().add(mode.styleClass());
    }
}
