package io.plantdesk.app.shell;

import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Ctrl+K: type a few letters of any screen or action and press Enter. Every word typed must
 * appear in the command's title or its keywords, in any order ("pass ch" finds "Change my
 * password").
 */
public final class CommandPalette {

    /** Something the palette can do: its title as shown, extra words it is found by, and what it runs. */
    public record Command(String title, String keywords, Runnable run) {
        boolean matches(String query) {
            String hay = (title + " " + keywords).toLowerCase(Locale.ROOT);
            for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                if (!word.isEmpty() && !hay.contains(word)) {
                    return false;
                }
            }
            return true;
        }
    }

    private CommandPalette() {}

    /** The commands matching the query, in the order given. */
    static List<Command> filter(List<Command> all, String query) {
        return all.stream().filter(c -> c.matches(query == null ? "" : query)).toList();
    }

    /** Shows the palette; the chosen command runs once the palette has closed. */
    public static void show(Window owner, Messages m, List<Command> commands) {
        Dialog<Command> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("palette.title"));
        d.getDialogPane().setId("commandPalette");
        d.getDialogPane().getStyleClass().add("palette");
        TextField query = new TextField();
        query.setId("paletteQuery");
        query.setPromptText(m.get("palette.prompt"));
        FilteredList<Command> shown = new FilteredList<>(FXCollections.observableArrayList(commands), c -> true);
        ListView<Command> list = new ListView<>(shown);
        list.setId("paletteList");
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Command c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.title());
            }
        });
        query.textProperty().addListener((o, a, q) -> {
            shown.setPredicate(c -> c.matches(q));
            list.getSelectionModel().selectFirst();
        });
        list.getSelectionModel().selectFirst();
        // Up and Down move through the list while the typing stays in the field.
        query.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.getSelectionModel().selectNext();
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                list.getSelectionModel().selectPrevious();
                e.consume();
            }
        });
        // Enter in the field runs the highlighted command (the field would otherwise keep the key).
        query.setOnAction(e -> {
            if (list.getSelectionModel().getSelectedItem() != null) {
                d.setResult(list.getSelectionModel().getSelectedItem());
                d.close();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                d.setResult(list.getSelectionModel().getSelectedItem());
                d.close();
            }
        });
        Label hint = new Label(m.get("palette.hint"));
        hint.getStyleClass().add("palette-hint");
        hint.setWrapText(true);
        d.getDialogPane().setContent(new VBox(8, query, list, hint));
        ButtonType ok = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        d.getDialogPane()
                .lookupButton(ok)
                .disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        d.setResultConverter(bt -> bt == ok ? list.getSelectionModel().getSelectedItem() : null);
        // After the dialog's own first focus (its default button), so typing goes to the field.
        d.setOnShown(e -> Platform.runLater(query::requestFocus));
        // Not showAndWait: the palette opens from a key handler, which must not sit in a nested loop.
        d.setOnHidden(e -> {
            if (d.getResult() != null) {
                d.getResult().run().run();
            }
        });
        d.show();
    }
}
