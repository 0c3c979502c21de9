package io.plantdesk.maintenance.ui.parts;

import io.plantdesk.maintenance.Part;
import io.plantdesk.maintenance.stock.Location;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.Forms;
import io.plantdesk.ui.widgets.Shown;
import java.math.BigDecimal;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Receive and adjust. The dialog stays open on a refusal (a negative or zero quantity, taking more
 * than is on hand, no reason) with the sentence under the fields and everything typed kept.
 */
final class MovementDialog {

    private MovementDialog() {}

    static void receive(Window owner, Messages m, PartsViewModel vm, Part part) {
        open(owner, m, vm, part, false);
    }

    static void adjust(Window owner, Messages m, PartsViewModel vm, Part part) {
        open(owner, m, vm, part, true);
    }

    private static void open(Window owner, Messages m, PartsViewModel vm, Part part, boolean adjust) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get(adjust ? "parts.adjust.title" : "parts.receive.title", part.code(), part.name()));
        ChoiceBox<Location> at = new ChoiceBox<>(vm.locations());
        at.setId("movementLocation");
        at.setConverter(Shown.as(l -> l == null ? "" : l.name()));
        if (!vm.locations().isEmpty()) {
            at.setValue(vm.locations().getFirst());
        }
        TextField quantity = new TextField();
        quantity.setId("movementQuantity");
        TextField second = new TextField();
        second.setId(adjust ? "movementReason" : "movementUnitCost");
        if (!adjust && part.unitCost() != null) {
            second.setText(part.unitCost().toPlainString());
        }
        Label error = new Label();
        error.setId("movementError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(420);
        error.setMinHeight(Region.USE_PREF_SIZE);
        GridPane g = Forms.grid();
        g.addRow(0, new Label(m.get("parts.location")), at);
        g.addRow(1, new Label(m.get(adjust ? "parts.change" : "parts.quantity")), quantity);
        g.add(Forms.hint(m.get(adjust ? "parts.change.hint" : "parts.quantity.hint", part.unit())), 1, 2);
        g.addRow(3, new Label(m.get(adjust ? "parts.reason" : "parts.unit.cost")), second);
        g.add(error, 0, 4, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().setId(adjust ? "adjustDialog" : "receiveDialog");
        ButtonType ok = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        Node okButton = d.getDialogPane().lookupButton(ok);
        okButton.setId("movementSave");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            BigDecimal q = number(quantity.getText());
            if (at.getValue() == null) {
                error.setText(m.get("parts.no.location"));
                return;
            }
            if (q == null) {
                error.setText(m.get("parts.bad.number"));
                return;
            }
            okButton.setDisable(true);
            Runnable done = () -> {
                d.setResult(null);
                d.close();
            };
            Consumer<String> refused = msg -> {
                okButton.setDisable(false);
                error.setText(msg);
                d.getDialogPane().getScene().getWindow().sizeToScene();
            };
            if (adjust) {
                vm.adjust(
                        part,
                        at.getValue(),
                        q,
                        second.getText().isBlank() ? null : second.getText().strip(),
                        done,
                        refused);
            } else {
                String cost = second.getText();
                BigDecimal c = cost.isBlank() ? null : number(cost);
                if (!cost.isBlank() && (c == null || c.signum() < 0)) {
                    okButton.setDisable(false);
                    error.setText(m.get("parts.bad.cost"));
                    return;
                }
                vm.receive(part, at.getValue(), q, c, done, refused);
            }
        });
        d.show();
    }

    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s.strip().replace(',', '.'));
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
