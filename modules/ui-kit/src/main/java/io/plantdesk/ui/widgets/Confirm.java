package io.plantdesk.ui.widgets;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * A short confirmation in the window's corner (ControlsFX Notifications) after something was
 * saved: the person sees it worked without a dialog to close. It fades by itself.
 */
public final class Confirm {

    /** Long enough to read from the floor, short enough not to pile up. */
    static final Duration SHOWN = Duration.seconds(4);

    private Confirm() {}

    public static void saved(Node anchor, String text) {
        if (anchor.getScene() == null || anchor.getScene().getWindow() == null) {
            return;
        }
        Notifications.create()
                .owner(anchor.getScene().getWindow())
                .text(text)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN)
                .styleClass("plantdesk-confirm")
                .showInformation();
    }
}
