package io.plantdesk.migrations.ui;

import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.platform.config.AppSettings;
import io.plantdesk.ui.i18n.DataText;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.Forms;
import java.io.File;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * The script-location setting: Plantdesk's own scripts (the default), or a folder laid out like
 * sql/ with the history table its scripts are tracked in.
 */
final class ScriptsDialog {

    private ScriptsDialog() {}

    static void show(Window owner, Messages m, AppSettings current, MigrationsViewModel vm) {
        Dialog<ButtonType> d = new Dialog<>();
        d.getDialogPane().setId("scriptsDialog");
        d.initOwner(owner);
        d.setTitle(m.get("scripts.title"));
        d.setHeaderText(m.get("scripts.title"));
        TextField folder = new TextField(current.migrationScripts());
        folder.setId("scriptsFolder");
        folder.setPromptText(m.get("scripts.own"));
        folder.setPrefColumnCount(36);
        TextField table = new TextField(current.migrationHistoryTable());
        table.setId("scriptsTable");
        table.setPromptText(ScriptSet.CUSTOM_HISTORY_TABLE);
        DataText.mark(table); // a table's name, typed or the default one
        Button browse = new Button(m.get("scripts.browse"));
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(m.get("scripts.title"));
            File dir = chooser.showDialog(d.getDialogPane().getScene().getWindow());
            if (dir != null) {
                folder.setText(dir.getAbsolutePath());
            }
        });
        Button own = new Button(m.get("scripts.useown"));
        own.setOnAction(e -> {
            folder.setText("");
            table.setText("");
        });
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        GridPane g = Forms.grid();
        g.addRow(0, new Label(m.get("scripts.folder")), folderRow);
        g.add(Forms.hint(m.get("scripts.folder.hint")), 1, 1);
        g.addRow(2, new Label(m.get("scripts.table")), table);
        g.add(own, 1, 3);
        g.add(error, 0, 4, 2, 1);
        d.getDialogPane().setContent(g);
        ButtonType ok = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        d.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            // Only what can be checked without the disk; a folder without migrations/ shows as the
            // screen's error state, with this dialog one click away.
            String problem = ScriptSet.problemWith(
                    folder.getText().strip(), table.getText().strip());
            if (problem != null) {
                error.setText(problem);
                e.consume();
            }
        });
        d.showAndWait()
                .filter(b -> b == ok)
                .ifPresent(b ->
                        vm.useScripts(folder.getText().strip(), table.getText().strip()));
    }
}
