package io.plantdesk.maintenance.ui.parts;

import static io.plantdesk.maintenance.ui.parts.PartDialog.field;
import static io.plantdesk.maintenance.ui.parts.PartDialog.text;

import io.plantdesk.maintenance.stock.Location;
import io.plantdesk.maintenance.ui.conflict.SideBySideDialog;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** A new stock location or its new name (1 to 80 characters, unique in the plant, as the database says). */
final class LocationDialog {

    private final Messages m;
    private final CatalogueModel model;
    private Location base;
    final TextField name = field("locationName");

    private LocationDialog(Messages m, CatalogueModel model, Location base) {
        this.m = m;
        this.model = model;
        this.base = base;
    }

    static void open(Window owner, Messages m, CatalogueModel model, Location base, Consumer<Location> saved) {
        new LocationDialog(m, model, base).show(owner, saved);
    }

    private void show(Window owner, Consumer<Location> saved) {
        FieldLines form = new FieldLines()
                .add(
                        m.get("catalogue.location.name"),
                        name,
                        m.get("catalogue.location.hint"),
                        () -> text(name).isEmpty() || text(name).length() > 80
                                ? Optional.of(m.get("catalogue.check.location", 80))
                                : Optional.empty());
        if (base != null) {
            name.setText(base.name());
        }
        Label error = PartDialog.formLine("locationError");
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(
                base == null
                        ? m.get("catalogue.location.new.title")
                        : m.get("catalogue.location.edit.title", base.name()));
        d.getDialogPane().setId("locationDialog");
        d.getDialogPane().setContent(new VBox(8, form.grid(), error));
        ButtonType ok = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        Node okButton = d.getDialogPane().lookupButton(ok);
        okButton.setId("locationSave");
        d.setResizable(true);
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            error.setText("");
            if (!form.check()) {
                return;
            }
            okButton.setDisable(true);
            String mine = text(name);
            model.saveLocation(
                    base,
                    mine,
                    result -> {
                        okButton.setDisable(false);
                        if (!result.conflict()) {
                            d.setResult(null);
                            d.close();
                            saved.accept(result.value());
                            return;
                        }
                        Location theirs = result.value();
                        ConflictDialog.ask(
                                        d.getDialogPane().getScene().getWindow(),
                                        m,
                                        theirs.name(),
                                        List.of(new SideBySideDialog.Row(
                                                m.get("catalogue.location.name"), mine, theirs.name())))
                                .ifPresent(choice -> {
                                    base = theirs;
                                    if (choice == SideBySideDialog.Choice.TAKE_THEIRS) {
                                        name.setText(theirs.name());
                                        error.setText(m.get("catalogue.conflict.taken"));
                                        FieldLines.fit(error);
                                    } else {
                                        ((Button) okButton).fire();
                                    }
                                });
                    },
                    msg -> {
                        okButton.setDisable(false);
                        error.setText(msg);
                        FieldLines.fit(error);
                    });
        });
        d.show();
    }
}
