package io.plantdesk.maintenance.ui.editor;

import io.plantdesk.maintenance.TechnicianSender.Waiting;
import io.plantdesk.maintenance.ui.WorkOrderTexts;
import io.plantdesk.ui.i18n.ErrorText;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Above the editor's tabs: this work order's actions kept on this computer while the server does
 * not answer, each in plant words, and the ones the server refused with its reason (fixed or
 * discarded in the Sync panel). Hidden when nothing waits.
 */
final class WaitingList {

    private static final double MAX_HEIGHT = 130;
    private static final double MIN_HEIGHT = 72;

    private final WorkOrderTexts t;
    private final EditorModel model;

    WaitingList(WorkOrderTexts t, EditorModel model) {
        this.t = t;
        this.model = model;
    }

    Node node() {
        VBox box = new VBox(4);
        box.setId("woWaiting");
        box.getStyleClass().add("wo-waiting");
        Runnable fill = () -> {
            box.getChildren().clear();
            if (model.technician().waiting().isEmpty()) {
                return;
            }
            Label title = new Label(
                    t.get("waiting.title", model.technician().waiting().size()));
            title.getStyleClass().add("text-bold");
            box.getChildren().add(wrap(title));
            for (Waiting w : model.technician().waiting()) {
                Label line = new Label(w.refusal()
                        .map(r -> t.get("waiting.refused", ErrorText.render(r)))
                        .orElseGet(() -> t.get("waiting.pending", ErrorText.render(w.what()))));
                if (w.refusal().isPresent()) {
                    line.getStyleClass().add("field-error");
                }
                box.getChildren().add(wrap(line));
            }
        };
        model.technician().waiting().addListener((ListChangeListener<Waiting>) c -> fill.run());
        fill.run();
        // At most a few lines high (it scrolls beyond): in Floor mode's larger type a long list
        // would otherwise leave the tabs no room.
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(MAX_HEIGHT);
        scroll.setMinHeight(MIN_HEIGHT); // a squeezed dialog still shows its first lines

        scroll.getStyleClass().add("edge-to-edge");
        scroll.visibleProperty().bind(Bindings.isNotEmpty(model.technician().waiting()));
        scroll.managedProperty().bind(scroll.visibleProperty());
        return scroll;
    }

    private static Label wrap(Label l) {
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
