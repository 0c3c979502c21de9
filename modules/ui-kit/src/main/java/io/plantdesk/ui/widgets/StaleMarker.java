package io.plantdesk.ui.widgets;

import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.i18n.Messages;
import java.time.Instant;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * "Shown as of 10:42, offline": on a screen whose data comes from the person's cache because the
 * server is away, so nobody takes it for live. Hidden while the time is null (live data).
 */
public final class StaleMarker extends Label {

    public StaleMarker(ObservableValue<Instant> asOf) {
        this(
                asOf,
                time -> Messages.of("io.plantdesk.ui.messages", StaleMarker.class)
                        .get("stale.as.of", time));
    }

    /** @param sentence the screen's own words around the time (e.g. which lists are from the cache) */
    public StaleMarker(ObservableValue<Instant> asOf, Function<String, String> sentence) {
        Formats formats = Formats.system();
        setId("staleMarker");
        getStyleClass().add("stale-marker");
        setGraphic(new FontIcon(Material2AL.CLOUD_OFF));
        setWrapText(true);
        setMinHeight(Region.USE_PREF_SIZE);
        textProperty()
                .bind(Bindings.createStringBinding(
                        () -> asOf.getValue() == null ? "" : sentence.apply(formats.time(asOf.getValue())), asOf));
        visibleProperty().bind(Bindings.createBooleanBinding(() -> asOf.getValue() != null, asOf));
        managedProperty().bind(visibleProperty());
    }
}
