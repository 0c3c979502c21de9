package io.plantdesk.ui.widgets;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Read-only text columns of a table, the way every Plantdesk list shows its rows. */
public final class Columns {

    private Columns() {}

    public static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    /** With a minimum width that fits what its cells hold. */
    public static <T> TableColumn<T, String> text(String title, Function<T, String> value, double minWidth) {
        TableColumn<T, String> c = text(title, value);
        c.setMinWidth(minWidth);
        return c;
    }
}
