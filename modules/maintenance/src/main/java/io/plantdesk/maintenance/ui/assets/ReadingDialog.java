package io.plantdesk.maintenance.ui.assets;

import io.plantdesk.maintenance.Meter;
import io.plantdesk.maintenance.MeterKind;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.Forms;
import io.plantdesk.ui.widgets.Shown;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * A meter reading typed from the counter: the figure and when it was read (now unless changed).
 * Checked before sending (a number, not below a run-hours meter's last total, not later than now)
 * and by the database; a refusal keeps the dialog open with what was typed. The reading goes
 * through the same service as the api's, so meter-based PM falls due from it alike.
 */
final class ReadingDialog {

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("H:mm");

    private ReadingDialog() {}

    static void open(
            Window owner,
            Messages m,
            AssetEditModel edits,
            List<Meter> meters,
            Meter chosen,
            Clock clock,
            Runnable recorded) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("assets.reading.title"));
        d.getDialogPane().setId("readingDialog");
        ChoiceBox<Meter> meter = new ChoiceBox<>();
        meter.getItems().setAll(meters);
        meter.setId("readingMeter");
        meter.setConverter(Shown.as(mt -> mt == null
                ? ""
                : m.get(
                        "assets.reading.meter",
                        mt.name(),
                        m.get("assets.meter." + mt.kind().name().toLowerCase(Locale.ROOT)))));
        meter.setValue(chosen != null && meters.contains(chosen) ? chosen : meters.getFirst());
        TextField value = new TextField();
        value.setId("readingValue");
        Label last = Forms.hint("");
        last.setId("readingLast");
        meter.valueProperty().addListener((o, a, b) -> last.setText(lastText(m, b)));
        last.setText(lastText(m, meter.getValue()));
        ZoneId zone = clock.getZone();
        OffsetDateTime now = OffsetDateTime.now(clock);
        DatePicker date = new DatePicker(now.atZoneSameInstant(zone).toLocalDate());
        date.setId("readingDate");
        TextField time = new TextField(HM.format(now.atZoneSameInstant(zone).toLocalTime()));
        time.setId("readingTime");
        time.setPrefColumnCount(5);
        time.setMinWidth(Region.USE_PREF_SIZE);
        Label error = new Label();
        error.setId("readingError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(420);
        error.setMinHeight(Region.USE_PREF_SIZE);
        GridPane g = Forms.grid();
        g.addRow(0, new Label(m.get("assets.meter")), meter);
        g.addRow(1, new Label(m.get("assets.reading.value")), value);
        g.add(last, 1, 2);
        g.addRow(3, new Label(m.get("assets.reading.when")), new HBox(6, date, time));
        g.add(error, 0, 4, 2, 1);
        d.getDialogPane().setContent(g);
        ButtonType ok = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        Node okButton = d.getDialogPane().lookupButton(ok);
        okButton.setId("readingSave");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            Meter mt = meter.getValue();
            BigDecimal v = number(value.getText());
            if (v == null || v.signum() < 0) {
                error.setText(m.get("assets.reading.bad.number"));
                return;
            }
            LocalTime t = time(time.getText());
            if (date.getValue() == null || t == null) {
                error.setText(m.get("assets.reading.bad.time"));
                return;
            }
            OffsetDateTime at = date.getValue().atTime(t).atZone(zone).toOffsetDateTime();
            if (at.isAfter(OffsetDateTime.now(clock).plusMinutes(5))) {
                error.setText(m.get("assets.reading.ahead"));
                return;
            }
            if (mt.kind() == MeterKind.RUN_HOURS && v.compareTo(mt.total()) < 0) {
                error.setText(m.get(
                        "assets.reading.lower", v.toPlainString(), mt.total().toPlainString()));
                return;
            }
            okButton.setDisable(true);
            edits.read(
                    mt,
                    v,
                    at,
                    () -> {
                        d.setResult(null);
                        d.close();
                        recorded.run();
                    },
                    msg -> {
                        okButton.setDisable(false);
                        error.setText(msg);
                    });
        });
        d.show();
    }

    private static String lastText(Messages m, Meter mt) {
        return mt == null
                ? ""
                : m.get("assets.reading.last", mt.total().stripTrailingZeros().toPlainString());
    }

    private static LocalTime time(String s) {
        try {
            return LocalTime.parse(s == null ? "" : s.strip(), HM);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s.strip().replace(',', '.'));
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
