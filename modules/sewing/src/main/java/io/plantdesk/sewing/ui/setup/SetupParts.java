package io.plantdesk.sewing.ui.setup;

import io.plantdesk.ui.widgets.Forms;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Pieces both halves of the set-up screen build with: form rows with their sentence, list cells. */
final class SetupParts {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private SetupParts() {}

    /** A label, the field and, under it, the sentence that says what is wrong with it (if anything). */
    static void row(GridPane grid, int row, String label, Control field, ObservableStringValue problem, String id) {
        Label l = new Label(label);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(field);
        field.setMaxWidth(Double.MAX_VALUE);
        grid.add(l, 0, row);
        if (problem == null) {
            grid.add(field, 1, row);
            return;
        }
        Label sentence = new Label();
        sentence.setId(id);
        sentence.getStyleClass().add("field-error");
        sentence.setWrapText(true);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        sentence.textProperty().bind(problem);
        sentence.managedProperty().bind(sentence.textProperty().isNotEmpty());
        sentence.visibleProperty().bind(sentence.managedProperty());
        problem.addListener((o, was, now) -> field.pseudoClassStateChanged(DANGER, now != null && !now.isEmpty()));
        grid.add(new VBox(4, field, sentence), 1, row);
    }

    /** The form beside a list: scrolls when Floor mode's type makes it taller than the pane. */
    static Node split(Node list, GridPane form, Node actions, String formId) {
        // Save and its message above the fields: reachable without scrolling past the plant's machines.
        VBox formBox = new VBox(12, actions, form);
        formBox.setId(formId);
        formBox.getStyleClass().add("setup-form");
        ScrollPane scroll = new ScrollPane(formBox);
        scroll.setFitToWidth(true);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        HBox.setHgrow(list, Priority.ALWAYS);
        scroll.setPrefWidth(520);
        ((Region) list).setPrefWidth(440);
        HBox box = new HBox(16, list, scroll);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    static GridPane grid() {
        GridPane g = Forms.grid();
        g.setHgap(12);
        g.setVgap(10);
        return g;
    }

    /** The form's message line reads as a problem only while it is one. */
    static void problemStyle(Label message, ObservableBooleanValue refused) {
        Runnable apply = () -> {
            message.getStyleClass().remove("field-error");
            if (refused.get()) {
                message.getStyleClass().add("field-error");
            }
        };
        refused.addListener((o, was, now) -> apply.run());
        apply.run();
    }

    /** A list cell whose text wraps instead of ending in "...". */
    static <T> ListCell<T> wrapping(Function<T, String> text) {
        ListCell<T> cell = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
        cell.setWrapText(true);
        cell.setPrefWidth(0);
        return cell;
    }
}
