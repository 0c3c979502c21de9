package io.plantdesk.ui.widgets;

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
}
