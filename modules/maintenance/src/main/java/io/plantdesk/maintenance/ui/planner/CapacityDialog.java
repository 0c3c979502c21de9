package io.plantdesk.maintenance.ui.planner;

import io.plantdesk.maintenance.plan.Capacity;
import io.plantdesk.maintenance.plan.PlanTechnician;
import io.plantdesk.maintenance.plan.ShiftChoice;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.Forms;
import io.plantdesk.ui.widgets.Shown;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * A technician's capacity: the plant shift they work, hours per day on chosen weekdays, or none.
 * A bad figure is said under the fields and the dialog stays open with what was typed.
 */
final class CapacityDialog {

    private CapacityDialog() {}

    /** Empty: cancelled. A value: the new capacity, or an empty inner value to clear it. */
    static Optional<Optional<Capacity>> show(Window owner, Messages m, PlanTechnician t, List<ShiftChoice> shifts) {
        Dialog<Optional<Capacity>> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("planner.capacity.title", t.name()));
        ToggleGroup kind = new ToggleGroup();
        RadioButton byShift = new RadioButton(m.get("planner.capacity.by.shift"));
        RadioButton byHours = new RadioButton(m.get("planner.capacity.by.hours"));
        RadioButton none = new RadioButton(m.get("planner.capacity.by.none"));
        byShift.setToggleGroup(kind);
        byHours.setToggleGroup(kind);
        none.setToggleGroup(kind);
        byShift.setDisable(shifts.isEmpty());
        ChoiceBox<ShiftChoice> shift = new ChoiceBox<>();
        shift.getItems().setAll(shifts);
        shift.setConverter(Shown.as(s -> s == null ? "" : s.name()));
        TextField hours = new TextField();
        hours.setId("capacityHours");
        hours.setPrefColumnCount(5);
        List<CheckBox> days = new ArrayList<>();
        FlowPane dayBoxes = new FlowPane(8, 8);
        Capacity c = t.capacity().orElse(null);
        for (DayOfWeek day : DayOfWeek.values()) {
            CheckBox box = new CheckBox(day.getDisplayName(TextStyle.SHORT, Locale.getDefault()));
            box.setSelected(
                    c == null || c.shiftId() != null
                            ? day.getValue() <= 5
                            : c.workDays().contains(day.getValue()));
            days.add(box);
            dayBoxes.getChildren().add(box);
        }
        if (c == null) {
            none.setSelected(true);
        } else if (c.shiftId() != null) {
            byShift.setSelected(true);
            shifts.stream().filter(s -> s.id().equals(c.shiftId())).findFirst().ifPresent(shift::setValue);
        } else {
            byHours.setSelected(true);
            hours.setText(c.hoursPerDay().stripTrailingZeros().toPlainString());
        }
        if (shift.getValue() == null && !shifts.isEmpty()) {
            shift.setValue(shifts.getFirst());
        }
        shift.disableProperty().bind(byShift.selectedProperty().not());
        hours.disableProperty().bind(byHours.selectedProperty().not());
        dayBoxes.disableProperty().bind(byHours.selectedProperty().not());
        Label error = new Label();
        error.setId("capacityError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(420);
        error.setMinHeight(Region.USE_PREF_SIZE);
        GridPane g = Forms.grid();
        g.addRow(0, byShift, shift);
        g.addRow(1, byHours, hours);
        g.add(dayBoxes, 1, 2);
        g.add(none, 0, 3, 2, 1);
        if (shifts.isEmpty()) {
            g.add(Forms.hint(m.get("planner.capacity.no.shifts")), 0, 4, 2, 1);
        }
        g.add(error, 0, 5, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().setId("capacityDialog");
        ButtonType ok = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        d.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            if (byHours.isSelected()) {
                BigDecimal h = parse(hours.getText());
                if (h == null || h.signum() <= 0 || h.compareTo(BigDecimal.valueOf(24)) > 0) {
                    error.setText(m.get("planner.capacity.bad.hours"));
                    e.consume();
                } else if (days.stream().noneMatch(CheckBox::isSelected)) {
                    error.setText(m.get("planner.capacity.bad.days"));
                    e.consume();
                }
            }
        });
        d.setResultConverter(b -> {
            if (b != ok) {
                return null;
            }
            if (byShift.isSelected() && shift.getValue() != null) {
                return Optional.of(Capacity.ofShift(shift.getValue().id()));
            }
            if (byHours.isSelected()) {
                List<Integer> chosen = new ArrayList<>();
                for (int i = 0; i < days.size(); i++) {
                    if (days.get(i).isSelected()) {
                        chosen.add(i + 1);
                    }
                }
                return Optional.of(Capacity.ofHours(parse(hours.getText()), chosen));
            }
            return Optional.empty();
        });
        return d.showAndWait();
    }

    private static BigDecimal parse(String s) {
        try {
            return new BigDecimal(s.strip().replace(',', '.'));
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
