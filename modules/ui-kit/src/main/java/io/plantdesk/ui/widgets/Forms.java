package io.plantdesk.ui.widgets;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Form layout shared by every dialog: labels never truncate, fields take the rest of the width. */
public final class Forms {

    private Forms() {}

    public static GridPane grid() {
        GridPane g = new GridPane();
        g.getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(240);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    /** A muted explanation under a field that wraps instead of being cut off. */
    public static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        l.setMaxWidth(360);
        l.setMinHeight(Region.USE_PREF_SIZE); // all its lines, even in a grid row sized before it wrapped
        return l;
    }

    /**
     * Shows a notice (not an error: "kept on this computer") on a form's message line, which is
     * styled {@code field-error} for the form's problems. The line reads as information until its
     * text changes again, when it is the form's error line once more, so the form's other messages
     * need not know about notices.
     */
    public static void notice(Label line, String text) {
        line.getStyleClass().remove("field-error");
        if (!line.getStyleClass().contains("field-info")) {
            line.getStyleClass().add("field-info");
        }
        line.setText(text);
        line.textProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends String> o, String before, String now) {
                line.textProperty().removeListener(this);
                line.getStyleClass().remove("field-info");
                if (!line.getStyleClass().contains("field-error")) {
                    line.getStyleClass().add("field-error");
                }
            }
        });
    }
}
