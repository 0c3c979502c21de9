package io.plantdesk.maintenance.ui.parts;

import static io.plantdesk.maintenance.ui.parts.PartDialog.field;
import static io.plantdesk.maintenance.ui.parts.PartDialog.text;

import io.plantdesk.maintenance.Vendor;
import io.plantdesk.maintenance.VendorDraft;
import io.plantdesk.maintenance.ui.conflict.SideBySideDialog;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A new vendor or a vendor's edit: name, contact person, phone, e-mail, each checked before
 * sending by maint.vendor's own rules; the same refusals and stale-edit dialog as a part's.
 */
final class VendorDialog {

    /** maint.vendor's checks on phone and e-mail, said before sending. */
    static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{5,20}");

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final Messages m;
    private final CatalogueModel model;
    private Vendor base;
    final TextField name = field("vendorName");
    final TextField contact = field("vendorContact");
    final TextField phone = field("vendorPhone");
    final TextField email = field("vendorEmail");

    private VendorDialog(Messages m, CatalogueModel model, Vendor base) {
        this.m = m;
        this.model = model;
        this.base = base;
    }

    static void open(Window owner, Messages m, CatalogueModel model, Vendor base, Consumer<Vendor> saved) {
        new VendorDialog(m, model, base).show(owner, saved);
    }

    private void show(Window owner, Consumer<Vendor> saved) {
        FieldLines form = new FieldLines()
                .add(m.get("catalogue.vendor.name"), name, null, this::nameProblem)
                .add(
                        m.get("catalogue.vendor.contact"),
                        contact,
                        null,
                        () -> text(contact).length() > 120
                                ? Optional.of(m.get("catalogue.check.contact", 120))
                                : Optional.empty())
                .add(
                        m.get("catalogue.vendor.phone"),
                        phone,
                        m.get("catalogue.vendor.phone.hint"),
                        () -> text(phone).isEmpty()
                                        || PHONE.matcher(text(phone)).matches()
                                ? Optional.empty()
                                : Optional.of(m.get("catalogue.check.phone")))
                .add(
                        m.get("catalogue.vendor.email"),
                        email,
                        null,
                        () -> text(email).isEmpty()
                                        || (EMAIL.matcher(text(email)).matches()
                                                && text(email).length() <= 200)
                                ? Optional.empty()
                                : Optional.of(m.get("catalogue.check.email")));
        if (base != null) {
            fill(base.draft());
        }
        Label error = PartDialog.formLine("vendorError");
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(
                base == null ? m.get("catalogue.vendor.new.title") : m.get("catalogue.vendor.edit.title", base.name()));
        d.getDialogPane().setId("vendorDialog");
        d.getDialogPane().setContent(new VBox(8, form.grid(), error));
        ButtonType ok = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        Node okButton = d.getDialogPane().lookupButton(ok);
        okButton.setId("vendorSave");
        d.setResizable(true);
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            error.setText("");
            if (!form.check()) {
                return;
            }
            okButton.setDisable(true);
            VendorDraft mine = draft();
            model.saveVendor(
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
                        Vendor theirs = result.value();
                        VendorDraft t = theirs.draft();
                        ConflictDialog.ask(
                                        d.getDialogPane().getScene().getWindow(),
                                        m,
                                        theirs.name(),
                                        List.of(
                                                new SideBySideDialog.Row(
                                                        m.get("catalogue.vendor.name"), mine.name(), t.name()),
                                                new SideBySideDialog.Row(
                                                        m.get("catalogue.vendor.contact"), mine.contact(), t.contact()),
                                                new SideBySideDialog.Row(
                                                        m.get("catalogue.vendor.phone"), mine.phone(), t.phone()),
                                                new SideBySideDialog.Row(
                                                        m.get("catalogue.vendor.email"), mine.email(), t.email())))
                                .ifPresent(choice -> {
                                    base = theirs;
                                    if (choice == SideBySideDialog.Choice.TAKE_THEIRS) {
                                        fill(t);
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

    private Optional<String> nameProblem() {
        String s = text(name);
        return s.isEmpty() || s.length() > 120
                ? Optional.of(m.get("catalogue.check.vendor.name", 120))
                : Optional.empty();
    }

    private void fill(VendorDraft d) {
        name.setText(d.name());
        contact.setText(d.contact());
        phone.setText(d.phone());
        email.setText(d.email());
    }

    private VendorDraft draft() {
        return new VendorDraft(text(name), orNull(contact), orNull(phone), orNull(email));
    }

    private static String orNull(TextField f) {
        String s = text(f);
        return s.isEmpty() ? null : s;
    }
}
