package io.plantdesk.ui.widgets;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/**
 * Keeps a table's selected row selected when its rows are reloaded (after a save, a "Run now",
 * a live refresh): the row with the same key is selected again, so the person's place is not lost.
 */
public final class KeepSelection {

    private KeepSelection() {}

    public static <T> void byKey(TableView<T> table, Function<T, ?> key) {
        Object[] remembered = new Object[1];
        // The table's own selection model reacts to a reload before this does, selecting whatever
        // row now has the old index: a selection while the rows differ from the last ones seen is
        // that reaction, not the person's choice, and is not remembered.
        @SuppressWarnings("unchecked")
        List<Object>[] seen = new List[] {keys(table, key)};
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && keys(table, key).equals(seen[0])) {
                remembered[0] = key.apply(b);
            }
        });
        table.getItems().addListener((ListChangeListener<T>) c -> {
            seen[0] = keys(table, key);
            Object want = remembered[0];
            if (want == null) {
                return;
            }
            // After the change has reached every listener: selecting inside it confuses the table.
            Platform.runLater(() -> table.getItems().stream()
                    .filter(t -> Objects.equals(key.apply(t), want))
                    .findFirst()
                    .ifPresentOrElse(
                            t -> table.getSelectionModel().select(t),
                            () -> table.getSelectionModel().clearSelection()));
        });
    }

    private static <T> List<Object> keys(TableView<T> table, Function<T, ?> key) {
        return table.getItems().stream().map(t -> (Object) key.apply(t)).toList();
    }
}
