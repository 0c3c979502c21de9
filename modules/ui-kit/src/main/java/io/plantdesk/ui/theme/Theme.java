package io.plantdesk.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/** AtlantaFX Primer light or dark, Plantdesk's own stylesheet on top, and the Desk/Floor class. */
public final class Theme {

    public static final String STYLESHEET = Objects.requireNonNull(
                    Theme.class.getResource("/io/plantdesk/ui/plantdesk.css"))
            .toExternalForm();

    private Theme() {}

    public static void applyBase(boolean dark) {
        Application.setUserAgentStylesheet(
                dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
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

    /**
     * Gives every dialog window (a Stage with an owner) Plantdesk's stylesheet and the current
     * Desk/Floor class, now and whenever the mode changes. Dialogs have scenes of their own, so
     * without this they stay desk-sized in Floor mode. Returns what stops the following. Menus and drop-down lists need nothing:
     * their popups take their styles from the control that opened them.
     */
    public static Runnable followWindows(ObservableValue<UiMode> mode) {
        Runnable all = () -> Window.getWindows().forEach(w -> style(w, mode.getValue()));
        ListChangeListener<Window> added = c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(w -> style(w, mode.getValue()));
            }
        };
        ChangeListener<UiMode> changed = (o, a, b) -> all.run();
        Window.getWindows().addListener(added);
        mode.addListener(changed);
        all.run();
        return () -> {
            Window.getWindows().removeListener(added);
            mode.removeListener(changed);
        };
    }

    private static void style(Window w, UiMode mode) {
        if (w instanceof Stage s
                && s.getOwner() != null
                && s.getScene() != null
                && s.getScene().getRoot() != null) {
            install(s.getScene());
            applyMode(s.getScene().getRoot(), mode);
            // A dialog's button bar fixes its buttons' widths at the first layout; with the Floor
            // font they must be measured again, or "Cancel" shows as "Can...".
            s.getScene().getRoot().lookupAll(".button-bar .button").forEach(b -> {
                if (b instanceof Region r) {
                    r.setPrefWidth(Region.USE_COMPUTED_SIZE);
                    r.setMinWidth(Region.USE_PREF_SIZE);
                }
            });
            s.getScene().getRoot().applyCss();
            // The dialog was sized before its styles changed; let it grow to its Floor size.
            s.sizeToScene();
        }
    }
}
