package io.plantdesk.maintenance.ui.parts;

import io.plantdesk.maintenance.Part;
import io.plantdesk.maintenance.PartDraft;
import io.plantdesk.maintenance.Vendor;
import io.plantdesk.maintenance.ui.conflict.SideBySideDialog;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.Shown;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A new part or a part's edit: code, name, unit, unit cost, reorder point and quantity, vendor.
 * Each field is checked before sending (the database's own rules, said under the field); a refusal
 * (a code another part has, a killed server) shows its sentence under the form with everything
 * typed kept; a stale edit shows both versions (ConflictDialog).
 */
final class PartDialog {

    /** maint.part's check on code, said before sending. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");

    private final Messages m;
    private final CatalogueModel model;
    private final List<Vendor> vendors;
    private Part base;
    final TextField code = field("partCode");
    final TextField name = field("partName");
    final TextField unit = field("partUnit");
    final TextField cost = field("partUnitCost");
    final TextField point = field("partReorderPoint");
    final TextField qty = field("partReorderQty");
    final ChoiceBox<Vendor> vendor = new ChoiceBox<>();

    private PartDialog(Messages m, CatalogueModel model, List<Vendor> vendors, Part base) {
        this.m = m;
        this.model = model;
        this.vendors = vendors;
        this.base = base;
    }

    static void open(
            Window owner, Messages m, CatalogueModel model, List<Vendor> vendors, Part base, Consumer<Part> saved) {
        new PartDialog(m, model, List.copyOf(vendors), base).show(owner, saved);
    }

    private void show(Window owner, Consumer<Part> saved) {
        List<Vendor> choices = new ArrayList<>();
        choices.add(null); // no vendor
        choices.addAll(vendors);
        vendor.getItems().setAll(choices);
        vendor.setId("partVendor");
        vendor.setConverter(Shown.as(v -> v == null ? m.get("catalogue.vendor.none") : v.name()));
        vendor.setMaxWidth(Double.MAX_VALUE);
        vendor.setPrefWidth(340);
        // Two columns (what it is; how it is stocked): one column was 860 px high in Floor mode.
        FieldLines what = new FieldLines()
                .add(m.get("parts.code"), code, m.get("catalogue.part.code.hint"), this::codeProblem)
                .add(m.get("parts.name"), name, null, () -> length(name, 120, "catalogue.check.part.name"))
                .add(
                        m.get("catalogue.unit"),
                        unit,
                        m.get("catalogue.unit.hint"),
                        () -> length(unit, 12, "catalogue.check.unit"));
        FieldLines stocked = new FieldLines()
                .add(m.get("catalogue.vendor"), vendor, null, Optional::empty)
                .add(m.get("parts.unit.cost"), cost, null, () -> amount(cost))
                .add(m.get("parts.reorder.point"), point, m.get("catalogue.reorder.point.hint"), () -> amount(point))
                .add(m.get("catalogue.reorder.qty"), qty, m.get("catalogue.reorder.qty.hint"), () -> amount(qty));
        if (base != null) {
            fill(draftOf(base));
        } else {
            unit.setText("pcs");
            vendor.setValue(null);
        }
        Label error = formLine("partError");
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(
                base == null
                        ? m.get("catalogue.part.new.title")
                        : m.get("catalogue.part.edit.title", base.code(), base.name()));
        d.getDialogPane().setId("partDialog");
        d.getDialogPane().setContent(new VBox(8, new HBox(24, what.grid(), stocked.grid()), error));
        ButtonType ok = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        Node okButton = d.getDialogPane().lookupButton(ok);
        okButton.setId("partSave");
        d.setResizable(true);
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            error.setText("");
            // The right column first, so that focus ends on the first problem in reading order.
            boolean stockedFine = stocked.check();
            if (!what.check() || !stockedFine) {
                return;
            }
            okButton.setDisable(true);
            PartDraft mine = draft();
            model.savePart(
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
                        Part theirs = result.value();
                        ConflictDialog.ask(
                                        d.getDialogPane().getScene().getWindow(),
                                        m,
                                        m.get("catalogue.part.what", theirs.code(), theirs.name()),
                                        rows(mine, draftOf(theirs)))
                                .ifPresent(choice -> {
                                    base = theirs; // either way the next save goes over their version
                                    if (choice == SideBySideDialog.Choice.TAKE_THEIRS) {
                                        fill(draftOf(theirs));
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

    private Optional<String> codeProblem() {
        return CODE.matcher(text(code)).matches() ? Optional.empty() : Optional.of(m.get("catalogue.check.code"));
    }

    private Optional<String> length(TextField f, int max, String key) {
        String s = text(f);
        return s.isEmpty() || s.length() > max ? Optional.of(m.get(key, max)) : Optional.empty();
    }

    private Optional<String> amount(TextField f) {
        return Numbers.amount(f.getText()) ? Optional.empty() : Optional.of(m.get("catalogue.check.amount"));
    }

    private void fill(PartDraft d) {
        code.setText(d.code());
        name.setText(d.name());
        unit.setText(d.unit());
        cost.setText(plain(d.unitCost()));
        point.setText(plain(d.reorderPoint()));
        qty.setText(plain(d.reorderQty()));
        vendor.setValue(vendors.stream()
                .filter(v -> v.id().equals(d.vendorId()))
                .findFirst()
                .orElse(null));
    }

    private PartDraft draft() {
        return new PartDraft(
                text(code),
                text(name),
                text(unit),
                Numbers.valueOf(cost.getText()),
                Numbers.valueOf(point.getText()),
                Numbers.valueOf(qty.getText()),
                vendor.getValue() == null ? null : vendor.getValue().id());
    }

    private List<SideBySideDialog.Row> rows(PartDraft mine, PartDraft theirs) {
        return List.of(
                new SideBySideDialog.Row(m.get("parts.code"), mine.code(), theirs.code()),
                new SideBySideDialog.Row(m.get("parts.name"), mine.name(), theirs.name()),
                new SideBySideDialog.Row(m.get("catalogue.unit"), mine.unit(), theirs.unit()),
                new SideBySideDialog.Row(m.get("parts.unit.cost"), money(mine.unitCost()), money(theirs.unitCost())),
                new SideBySideDialog.Row(
                        m.get("parts.reorder.point"), shown(mine.reorderPoint()), shown(theirs.reorderPoint())),
                new SideBySideDialog.Row(
                        m.get("catalogue.reorder.qty"), shown(mine.reorderQty()), shown(theirs.reorderQty())),
                new SideBySideDialog.Row(
                        m.get("catalogue.vendor"), vendorName(mine.vendorId()), vendorName(theirs.vendorId())));
    }

    private String vendorName(UUID id) {
        return id == null
                ? m.get("catalogue.vendor.none")
                : vendors.stream()
                        .filter(v -> Objects.equals(v.id(), id))
                        .map(Vendor::name)
                        .findFirst()
                        .orElse("");
    }

    static PartDraft draftOf(Part p) {
        return new PartDraft(
                p.code(), p.name(), p.unit(), p.unitCost(), p.reorderPoint(), p.reorderQty(), p.vendorId());
    }

    static Label formLine(String id) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(480);
        error.setMinHeight(Region.USE_PREF_SIZE);
        return error;
    }

    private static String shown(BigDecimal n) {
        return PartsView.qty(n);
    }

    /** A cost as the parts screen shows it (4.20, not 4.2). */
    private static String money(BigDecimal n) {
        return n == null ? "" : PartsView.money(n);
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefWidth(340); // as wide as the hints under it, which then wrap less
        return f;
    }

    static String text(TextField f) {
        return f.getText() == null ? "" : f.getText().strip();
    }
}
