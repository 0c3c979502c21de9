package io.plantdesk.ui.widgets;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A key figure and what it counts (the kpi-card classes of plantdesk.css; larger in Floor mode). */
public final class KpiTile extends VBox {

    public KpiTile(String id, String value, String label) {
        Label v = new Label(value);
        v.getStyleClass().add("kpi-value");
        Label l = new Label(label);
        l.getStyleClass().add("kpi-label");
        l.setWrapText(true);
        l.setMaxWidth(200);
        l.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(v, l);
        setId(id);
        getStyleClass().add("kpi-card");
    }
}
