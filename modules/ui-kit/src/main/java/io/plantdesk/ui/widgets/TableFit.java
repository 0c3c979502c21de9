package io.plantdesk.ui.widgets;

import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;

/**
 * No column cut to "Ver..." while the table has room: each column is kept at least as wide as its
 * header and the rows it shows, measured as rendered (so Floor mode's larger type counts). Wider
 * than the table, it scrolls sideways instead of cutting; narrower, its last column takes the rest.
 * The shell applies it to every table of
 * every screen; a screen does nothing for it.
 */
public final class TableFit {

    private static final String INSTALLED = "plantdesk.tablefit";

    private TableFit() {}

    /** Fits every table under {@code root}, now and whenever its rows or its styles change. */
    public static void installAll(Node root) {
        if (root instanceof TableView<?> t) {
            install(t);
        }
        if (root instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(TableFit::installAll);
            // Tables that appear later (a tab opened, a pane filled) are fitted too.
            p.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) c -> {
                while (c.next()) {
                    c.getAddedSubList().forEach(TableFit::installAll);
                }
            });
        }
    }

    public static void install(TableView<?> table) {
        if (table.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        Runnable later = () -> Platform.runLater(() -> fit(table));
        table.getItems().addListener((ListChangeListener<Object>) c -> later.run());
        table.itemsProperty().addListener((o, a, b) -> {
            later.run();
            if (b != null) {
                b.addListener((ListChangeListener<Object>) c -> later.run());
            }
        });
        table.sceneProperty().addListener((o, a, b) -> later.run());
        table.widthProperty().addListener((o, a, b) -> later.run());
        later.run();
    }

    /** What a cell needs for its whole text: a cell's own preferred width is just its column's. */
    private static double textWidth(TableCell<?, ?> c) {
        double w = c.snappedLeftInset() + c.snappedRightInset() + 4;
        if (c.getText() != null && !c.getText().isEmpty()) {
            Text t = new Text(c.getText());
            t.setFont(c.getFont());
            w += t.getLayoutBounds().getWidth();
        }
        if (c.getGraphic() != null) {
            w += c.getGraphic().prefWidth(-1) + c.getGraphicTextGap();
        }
        return w;
    }

    /** Fits again every table under {@code root}: Desk/Floor changed the type size (after the next pulse). */
    public static void refitAll(Node root) {
        Platform.runLater(() -> root.lookupAll(".table-view").forEach(n -> {
            if (n instanceof TableView<?> t) {
                fit(t);
            }
        }));
    }

    /** Raises each column's minimum width to what its header and shown cells need. */
    static void fit(TableView<?> table) {
        if (table.getScene() == null) {
            return;
        }
        table.applyCss();
        table.layout();
        Map<TableColumnBase<?, ?>, Double> need = new HashMap<>();
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader h
                    && h.getTableColumn() != null
                    && h.getTableColumn().getColumns().isEmpty()) {
                Node label = h.lookup(".label");
                double w =
                        label instanceof Labeled l ? l.prefWidth(-1) + h.snappedLeftInset() + h.snappedRightInset() : 0;
                need.merge(h.getTableColumn(), w + 12, Math::max); // room for the sort arrow
            }
        }
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> c && c.getTableColumn() != null && !c.isEmpty() && c.isVisible()) {
                need.merge(c.getTableColumn(), textWidth(c), Math::max);
            }
        }
        // Each column as wide as it needs; the room left over goes to the last column (no empty
        // filler); wider than the table, it scrolls sideways. The table's own constrained policies
        // would squeeze columns back below what their text needs.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        double sum = 0;
        for (var col : table.getVisibleLeafColumns()) {
            double w = Math.ceil(need.getOrDefault(col, col.getWidth()));
            col.setMinWidth(w);
            col.setPrefWidth(w);
            sum += w;
        }
        double room =
                table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - 18; // a vertical scroll bar
        var leaves = table.getVisibleLeafColumns();
        if (!leaves.isEmpty() && sum < room) {
            var last = leaves.getLast();
            last.setPrefWidth(last.getPrefWidth() + room - sum);
        }
    }
}
