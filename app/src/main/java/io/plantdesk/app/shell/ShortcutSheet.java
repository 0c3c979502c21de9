package io.plantdesk.app.shell;

import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.Forms;
import java.util.List;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** F1 or "?": every keyboard shortcut of the shell and its screens, on one sheet. */
public final class ShortcutSheet {

    /** Bundle keys of the rows, in the order shown: {@code key} says what, {@code key.keys} which keys. */
    static final List<String> ROWS = List.of(
            "keys.help",
            "keys.palette",
            "keys.sync",
            "keys.screen",
            "keys.refresh",
            "keys.new",
            "keys.edit",
            "keys.search",
            "keys.dropdown",
            "keys.tab",
            "keys.escape");

    private ShortcutSheet() {}

    public static void show(Window owner, Messages m) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("keys.title"));
        d.getDialogPane().setId("shortcutSheet");
        GridPane g = Forms.grid();
        int row = 0;
        for (String r : ROWS) {
            Label keys = new Label(m.get(r + ".keys"));
            keys.getStyleClass().add("shortcut-key");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(m.get(r));
            what.setWrapText(true);
            what.setMaxWidth(440);
            what.setMinHeight(Region.USE_PREF_SIZE);
            g.addRow(row++, keys, what);
        }
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().add(DialogButtons.close());
        d.show();
    }
}
