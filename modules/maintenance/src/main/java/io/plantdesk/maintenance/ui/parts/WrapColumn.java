package io.plantdesk.maintenance.ui.parts;

import io.plantdesk.ui.widgets.Columns;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * A column of free text (a part's name, a movement's reason) that wraps within {@code width}
 * instead of widening its table: the shell fits every column to its longest text, so one long
 * reason made the ledger scroll sideways at 1280 px in Floor mode. A long text takes two lines.
 */
final class WrapColumn {

    private WrapColumn() {}

    static <T> TableColumn<T, String> of(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = Columns.text(title, value);
        c.setCellFactory(col -> new TableCell<>() {
            private final Label text = new Label() {
                @Override
                protected double computePrefWidth(double height) {
                    return Math.min(super.computePrefWidth(height), width);
                }
            };

            {
                text.setWrapText(true);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : text);
            }
        });
        return c;
    }
}
