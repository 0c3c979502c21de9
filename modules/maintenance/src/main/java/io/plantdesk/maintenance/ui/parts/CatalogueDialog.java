package io.plantdesk.maintenance.ui.parts;

import io.plantdesk.maintenance.Vendor;
import io.plantdesk.maintenance.stock.Location;
import io.plantdesk.ui.i18n.DataText;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The plant's vendors and stock locations side by side, each with New and Edit (a double click
 * edits too). The lists are the screen's own, so a save shows in them as soon as it is reloaded.
 */
final class CatalogueDialog {

    private CatalogueDialog() {}

    static void open(Window owner, Messages m, PartsViewModel vm, CatalogueModel model) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("catalogue.title"));
        d.getDialogPane().setId("catalogueDialog");
        VBox vendors = column(
                m,
                "catalogue.vendors",
                "vendor",
                vm.vendors(),
                Vendor::name,
                (w, v) -> VendorDialog.open(w, m, model, v, saved -> {}));
        VBox locations = column(
                m,
                "catalogue.locations",
                "location",
                vm.locations(),
                Location::name,
                (w, l) -> LocationDialog.open(w, m, model, l, saved -> {}));
        HBox both = new HBox(16, vendors, locations);
        HBox.setHgrow(vendors, Priority.ALWAYS);
        HBox.setHgrow(locations, Priority.ALWAYS);
        d.getDialogPane().setContent(both);
        d.getDialogPane().getButtonTypes().add(DialogButtons.close());
        d.setResizable(true);
        d.show();
    }

    interface Opener<T> {
        void open(Window owner, T item);
    }

    private static <T> VBox column(
            Messages m, String titleKey, String id, ObservableList<T> items, Function<T, String> name, Opener<T> open) {
        Label title = new Label(m.get(titleKey));
        title.getStyleClass().add("text-bold");
        ListView<T> list = new ListView<>(items);
        list.setId(id + "List");
        list.setPrefSize(300, 320);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
                DataText.mark(this);
            }
        });
        list.setPlaceholder(new Label(m.get(titleKey + ".none")));
        Button add = new Button(m.get("catalogue." + id + ".new"), new FontIcon(Material2AL.ADD));
        add.setId(id + "New");
        add.setOnAction(e -> open.open(add.getScene().getWindow(), null));
        Button edit = new Button(m.get("catalogue.edit"), new FontIcon(Material2AL.EDIT));
        edit.setId(id + "Edit");
        edit.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e ->
                open.open(edit.getScene().getWindow(), list.getSelectionModel().getSelectedItem()));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                edit.fire();
            }
        });
        // Whole words in Floor mode too: the buttons take their own width, the list the rest.
        add.setMinWidth(Region.USE_PREF_SIZE);
        edit.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, title, list, new HBox(8, add, edit));
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }
}
