package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.VehicleEvent;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.Forms;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * A reading flagged "to check": why it was flagged, then either confirm it as it is (a note is
 * optional) or correct the odometer with a reason. The history keeps the reading before and after
 * and the reason; a corrected reading that still does not fit stays flagged.
 */
final class ReviewDialog {

    /** Confirm ({@code odometer} null) or correct; {@code done} gets empty on a conflict. */
    interface Review {
        void send(
                VehicleEvent e,
                BigDecimal odometer,
                String reason,
                Consumer<Optional<VehicleEvent>> done,
                Consumer<Throwable> failed);
    }

    private final Messages m;

    ReviewDialog(Messages m) {
        this.m = m;
    }

    Dialog<Void> dialog(VehicleEvent e, String unit, Review review) {
        Label why = new Label(m.get(
                "review.why",
                m.get("review." + e.odometerReview()),
                e.odometer().stripTrailingZeros().toPlainString(),
                unit));
        why.setWrapText(true);
        why.setMaxWidth(480);
        why.setMinHeight(Label.USE_PREF_SIZE);
        TextField odometer = new TextField(e.odometer().stripTrailingZeros().toPlainString());
        odometer.setId("reviewOdometer");
        TextField reason = new TextField();
        reason.setId("reviewReason");
        Label problem = new Label();
        problem.setId("reviewProblem");
        problem.getStyleClass().add("fleet-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(480);
        problem.setMinHeight(Label.USE_PREF_SIZE);
        BooleanProperty busy = new SimpleBooleanProperty();

        var corrected = Bindings.createObjectBinding(() -> reading(odometer.getText()), odometer.textProperty());
        var correctionProblem = Bindings.createStringBinding(
                () -> {
                    BigDecimal v = corrected.get();
                    if (v == null) {
                        return m.get("editor.bad.number", m.get("field.odometer"));
                    }
                    if (v.compareTo(e.odometer()) == 0) {
                        return m.get("review.same");
                    }
                    return reason.getText().strip().length() < 3 ? m.get("review.reason.needed") : "";
                },
                corrected,
                reason.textProperty());
        Label hint = new Label();
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMaxWidth(480);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        hint.textProperty().bind(correctionProblem);

        Dialog<Void> d = new Dialog<>();
        Consumer<Optional<VehicleEvent>> done = r -> {
            busy.set(false);
            if (r.isPresent()) {
                d.close();
            } else {
                problem.setText(m.get("editor.conflict"));
            }
        };
        Consumer<Throwable> failed = err -> {
            busy.set(false);
            problem.setText(ErrorText.of(err));
        };
        Button confirm = new Button(m.get("review.confirm"));
        confirm.setId("reviewConfirm");
        confirm.disableProperty().bind(busy);
        confirm.setOnAction(a -> {
            busy.set(true);
            review.send(e, null, reason.getText(), done, failed);
        });
        Button correct = new Button(m.get("review.correct"));
        correct.setId("reviewCorrect");
        correct.disableProperty().bind(correctionProblem.isNotEmpty().or(busy));
        correct.setOnAction(a -> {
            busy.set(true);
            review.send(e, corrected.get(), reason.getText(), done, failed);
        });

        GridPane form = Forms.grid();
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, new Label(m.get("review.field.odometer", unit)), odometer);
        form.addRow(1, new Label(m.get("review.field.reason")), reason);
        form.add(hint, 1, 2);
        VBox content = new VBox(12, why, form, new FlowPane(8, 8, confirm, correct), problem);
        content.setPrefWidth(520);
        d.setTitle(m.get("review.title"));
        d.getDialogPane().setContent(content);
        d.getDialogPane().setId("reviewDialog");
        d.getDialogPane().getButtonTypes().setAll(DialogButtons.cancel());
        return d;
    }

    private static BigDecimal reading(String s) {
        try {
            BigDecimal v = new BigDecimal(s.strip());
            return v.signum() < 0 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
