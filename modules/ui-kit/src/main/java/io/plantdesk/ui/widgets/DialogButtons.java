package io.plantdesk.ui.widgets;

import io.plantdesk.ui.i18n.Messages;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * Dialog buttons in the person's language. JavaFX's own {@code ButtonType.OK}, {@code CANCEL} and
 * {@code CLOSE} take their text from JavaFX's resources, which know a handful of languages and no
 * pseudo-locale, so they would show English where everything else is translated.
 */
public final class DialogButtons {

    /** Looked up on each call, not once: the person's language may change while the app runs (and between tests). */
    private static Messages m() {
        return Messages.of("io.plantdesk.ui.messages", DialogButtons.class);
    }

    private DialogButtons() {
    }

    /** OK: the dialog's default action (Enter). */
    public static ButtonType ok() {
        return new ButtonType(m().get("dialog.ok"), ButtonData.OK_DONE);
    }

    /** Cancel: closes the dialog, also on Esc. */
    public static ButtonType cancel() {
        return new ButtonType(m().get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    /** Close: for dialogs that only show something. */
    public static ButtonType close() {
        return new ButtonType(m().get("dialog.close"), ButtonData.CANCEL_CLOSE);
    }
}
