package io.plantdesk.ui.widgets;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A full-width band above the open screen while the data on it may be out of date: white on a
 * deep vermillion in both themes (6:1), large enough to read across the floor. It says what is
 * true (which server, what Plantdesk is doing about it, since when the data is old); hidden while
 * its title is empty.
 */
public final class OfflineBanner extends HBox {

    public OfflineBanner(ObservableStringValue title, ObservableStringValue detail) {
        getStyleClass().add("offline-banner");
        setId("offlineBanner");
        Label t = new Label();
        t.setId("offlineTitle");
        t.getStyleClass().add("offline-title");
        t.textProperty().bind(title);
        Label d = new Label();
        d.setId("offlineDetail");
        d.textProperty().bind(detail);
        d.setWrapText(true);
        t.setWrapText(true);
        d.setMinHeight(Region.USE_PREF_SIZE);
        t.setMinHeight(Region.USE_PREF_SIZE);
        VBox text = new VBox(4, t, d);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(new FontIcon(Material2AL.CLOUD_OFF), text);
        visibleProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> title.get() != null && !title.get().isEmpty(), title));
        managedProperty().bind(visibleProperty());
    }
}
