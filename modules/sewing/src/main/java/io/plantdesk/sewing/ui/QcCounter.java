package io.plantdesk.sewing.ui;

import io.plantdesk.ui.i18n.Messages;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A count a finger can set: minus, the number (typed from the keyboard at a desk), plus. The
 * buttons only step a whole number already there; whatever else was typed is left for the
 * form's check to name, never silently replaced.
 */
final class QcCounter extends HBox {

    final TextField field = new TextField();

    QcCounter(String id, StringProperty value, String what, Messages m) {
        super(4);
        getStyleClass().add("qc-counter");
        field.setId(id);
        field.getStyleClass().add("qc-count");
        field.setPrefColumnCount(4);
        // The number is what the inspector reads back: a row short of room squeezes the labels, not it.
        field.setMinWidth(USE_PREF_SIZE);
        field.textProperty().bindBidirectional(value);
        field.setAccessibleText(what);
        Button less = step(id + "Less", new FontIcon(Material2MZ.REMOVE), -1, m.get("qc.less", what));
        Button more = step(id + "More", new FontIcon(Material2AL.ADD), 1, m.get("qc.more", what));
        getChildren().addAll(less, field, more);
    }

    private Button step(String id, FontIcon icon, int by, String accessible) {
        Button b = new Button(null, icon);
        b.setId(id);
        b.getStyleClass().add("qc-step");
        b.setAccessibleText(accessible);
        // Touching a step leaves the focus where it was (the scanner's field keeps typing there).
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            Integer n = QcForm.whole(field.getText(), 0);
            if (n != null) {
                field.setText(Integer.toString(Math.max(0, n + by)));
            }
        });
        return b;
    }
}
