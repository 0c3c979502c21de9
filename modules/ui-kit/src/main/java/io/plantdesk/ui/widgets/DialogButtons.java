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

    private DialogButtons() {}

    /** Looked up at each call, not once per JVM: the language can change (a test's pseudo-locale, say). */
    private static String text(String key) {
        return Messages.of("io.plantdesk.ui.messages", DialogButtons.class).get(key);
    }

    /** OK: the dialog's default action (Enter). */
    public static ButtonType ok() {
        return new ButtonType(text("dialog.ok"), ButtonData.OK_DONE);
    }

    /** Cancel: closes the dialog, also on Esc. */
    public static ButtonType cancel() {
        return new ButtonType(text("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    /** Close: for dialogs that only show something. */
    public static ButtonType close() {
        return new ButtonType(text("dialog.close"), ButtonData.CANCEL_CLOSE);
    }
}
