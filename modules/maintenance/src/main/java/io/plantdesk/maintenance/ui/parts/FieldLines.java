package io.plantdesk.maintenance.ui.parts;

import io.plantdesk.ui.widgets.Forms;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * A form whose every field has its own sentence line right under it: the check of each field runs
 * before sending, and what is wrong is said next to the field it is about (the form's own line,
 * under all fields, is for the database's answer).
 */
final class FieldLines {

    private record Line(Label text, Supplier<Optional<String>> check) {}

    private final GridPane grid = Forms.grid();
    private final Map<Control, Line> lines = new LinkedHashMap<>();
    private int row;

    /** A labelled field, its optional hint and its check (empty when the value is fine). */
    FieldLines add(String label, Control field, String hint, Supplier<Optional<String>> check) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row++, l, field);
        if (hint != null) {
            grid.add(Forms.hint(hint), 1, row++);
        }
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(360);
        error.setMinHeight(Region.USE_PREF_SIZE);
        if (field.getId() != null) {
            error.setId(field.getId() + "Error");
        }
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        grid.add(error, 1, row++);
        lines.put(field, new Line(error, check));
        return this;
    }

    GridPane grid() {
        return grid;
    }

    /** Checks every field, says each problem under its field; true when none. Focuses the first. */
    boolean check() {
        Control first = null;
        for (Map.Entry<Control, Line> e : lines.entrySet()) {
            Optional<String> problem = e.getValue().check().get();
            e.getValue().text().setText(problem.orElse(""));
            if (problem.isPresent() && first == null) {
                first = e.getKey();
            }
        }
        if (first != null) {
            first.requestFocus();
        }
        fit(grid);
        return first == null;
    }

    /**
     * Grows the dialog around sentences that appeared: a dialog keeps its first size, so the new
     * lines pushed its buttons out of the window.
     */
    static void fit(javafx.scene.Node inDialog) {
        if (inDialog.getScene() != null && inDialog.getScene().getWindow() != null) {
            inDialog.getScene().getWindow().sizeToScene();
        }
    }
}
