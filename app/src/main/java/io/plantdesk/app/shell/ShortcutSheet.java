package io.plantdesk.app.shell;

import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Forms;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** F1 or "?": every keyboard shortcut of the shell and its screens, on one sheet. */
public final class ShortcutSheet {

    /** The keys as people write them, and the bundle key of what they do; in the order shown. */
    static final List<String[]> ROWS = List.of(
            new String[] {"F1  ?", "keys.help"},
            new String[] {"Ctrl+K", "keys.palette"},
            new String[] {"Ctrl+1 … Ctrl+9", "keys.screen"},
            new String[] {"F5", "keys.refresh"},
            new String[] {"Ctrl+N", "keys.new"},
            new String[] {"Enter  F2", "keys.edit"},
            new String[] {"Ctrl+F", "keys.search"},
            new String[] {"Space  Enter", "keys.dropdown"},
            new String[] {"Tab  Shift+Tab", "keys.tab"},
            new String[] {"Esc", "keys.escape"});

    private ShortcutSheet() {
    }

    public static void show(Window owner, Messages m) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("keys.title"));
        d.getDialogPane().setId("shortcutSheet");
        GridPane g = Forms.grid();
        int row = 0;
        for (String[] r : ROWS) {
            Label keys = new Label(r[0]);
            keys.getStyleClass().add("shortcut-key");
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label what = new Label(m.get(r[1]));
            what.setWrapText(true);
            g.addRow(row++, keys, what);
        }
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.show();
    }
}
