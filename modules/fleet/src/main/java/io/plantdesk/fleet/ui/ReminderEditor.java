package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.Reminder;
import io.plantdesk.fleet.ReminderDraft;
import io.plantdesk.fleet.Vehicle;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.Shown;
import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The reminder editor (vehicle, what, due day and/or reading, repeats, "due soon" thresholds) and
 * the "mark done" dialog (day and reading). Checked as typed, Save disabled until it reads; the
 * database answers on save and the dialog stays open with what was typed when it refuses.
 */
final class ReminderEditor {

    private final Messages m;
    private final RemindersViewModel vm;

    ReminderEditor(Messages m, RemindersViewModel vm) {
        this.m = m;
        this.vm = vm;
    }

    Dialog<ButtonType> dialog(Reminder editing, Vehicle preferred) {
        ChoiceBox<Vehicle> vehicle = new ChoiceBox<>(vm.vehicles());
        vehicle.setId("reminderVehicle");
        vehicle.setConverter(Shown.as(v -> v == null ? "" : v.plate() + "  " + v.make() + " " + v.model()));
        TextField title = new TextField();
        title.setId("reminderTitle");
        DatePicker dueOn = new DatePicker();
        dueOn.setId("reminderDueOn");
        TextField dueAt = new TextField();
        dueAt.setId("reminderDueOdometer");
        TextField months = new TextField();
        months.setId("reminderEveryMonths");
        TextField distance = new TextField();
        distance.setId("reminderEveryDistance");
        TextField soonDays = new TextField(String.valueOf(ReminderDraft.SOON_DAYS));
        soonDays.setId("reminderSoonDays");
        TextField soonDistance = new TextField(ReminderDraft.SOON_DISTANCE.toPlainString());
        soonDistance.setId("reminderSoonDistance");
        TextField notes = new TextField();
        notes.setId("reminderNotes");
        if (editing != null) {
            vehicle.setValue(vm.vehicles().stream()
                    .filter(v -> v.id().equals(editing.vehicleId()))
                    .findFirst()
                    .orElse(null));
            vehicle.setDisable(true);
            title.setText(editing.title());
            dueOn.setValue(editing.dueOn());
            dueAt.setText(plain(editing.dueOdometer()));
            months.setText(
                    editing.everyMonths() == null ? "" : editing.everyMonths().toString());
            distance.setText(plain(editing.everyDistance()));
            soonDays.setText(String.valueOf(editing.soonDays()));
            soonDistance.setText(plain(editing.soonDistance()));
            notes.setText(editing.notes());
        } else {
            vehicle.setValue(
                    preferred != null
                            ? preferred
                            : vm.vehicles().isEmpty() ? null : vm.vehicles().getFirst());
        }

        Label problem = new Label();
        problem.setId("reminderProblem");
        problem.getStyleClass().add("fleet-problem");
        problem.setWrapText(true);
        problem.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> check(
                                vehicle.getValue(),
                                title.getText(),
                                dueOn.getValue(),
                                dueAt.getText(),
                                months.getText(),
                                distance.getText(),
                                soonDays.getText(),
                                soonDistance.getText()),
                        vehicle.valueProperty(),
                        title.textProperty(),
                        dueOn.valueProperty(),
                        dueAt.textProperty(),
                        months.textProperty(),
                        distance.textProperty(),
                        soonDays.textProperty(),
                        soonDistance.textProperty()));

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        int row = 0;
        form.addRow(row++, new Label(m.get("reminder.field.vehicle")), vehicle);
        form.addRow(row++, new Label(m.get("reminder.field.title")), title);
        form.addRow(row++, new Label(m.get("reminder.field.due.on")), dueOn);
        form.addRow(row++, new Label(m.get("reminder.field.due.odometer")), dueAt);
        form.addRow(row++, new Label(m.get("reminder.field.every.months")), months);
        form.addRow(row++, new Label(m.get("reminder.field.every.distance")), distance);
        form.addRow(row++, new Label(m.get("reminder.field.soon.days")), soonDays);
        form.addRow(row++, new Label(m.get("reminder.field.soon.distance")), soonDistance);
        form.addRow(row++, new Label(m.get("reminder.field.notes")), notes);
        Label hint = new Label(m.get("reminder.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        form.add(hint, 0, row++, 2, 1);
        form.add(problem, 0, row, 2, 1);

        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(m.get(editing == null ? "reminder.new" : "reminder.edit"));
        d.getDialogPane().setId("reminderEditor");
        d.getDialogPane().setContent(form);
        d.getDialogPane().setPrefWidth(560);
        ButtonType okType = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().setAll(okType, DialogButtons.cancel());
        Button ok = (Button) d.getDialogPane().lookupButton(okType);
        ok.setId("reminderSave");
        ok.setText(m.get("editor.save"));
        ok.disableProperty().bind(problem.textProperty().isNotEmpty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes when the database has taken it, not before
            ReminderDraft draft = new ReminderDraft(
                    vehicle.getValue().id(),
                    title.getText(),
                    notes.getText(),
                    dueOn.getValue(),
                    number(dueAt.getText()),
                    integer(months.getText()),
                    number(distance.getText()),
                    integer(soonDays.getText()),
                    number(soonDistance.getText()));
            problem.textProperty().unbind();
            vm.save(
                    editing,
                    draft,
                    saved -> {
                        if (saved.isPresent()) {
                            d.setResult(okType);
                            d.close();
                        } else {
                            problem.setText(m.get("reminders.conflict"));
                        }
                    },
                    err -> problem.setText(ErrorText.of(err)));
        });
        Platform.runLater(title::requestFocus);
        return d;
    }

    /** The first thing wrong with what is typed, or empty. */
    String check(
            Vehicle vehicle,
            String title,
            LocalDate dueOn,
            String dueAt,
            String months,
            String distance,
            String soonDays,
            String soonDistance) {
        if (vehicle == null) {
            return m.get("reminder.need.vehicle");
        }
        if (title == null || title.isBlank()) {
            return m.get("reminder.need.title");
        }
        for (String[] f : new String[][] {
            {dueAt, "reminder.field.due.odometer"},
            {distance, "reminder.field.every.distance"},
            {soonDistance, "reminder.field.soon.distance"}
        }) {
            if (!f[0].isBlank() && (number(f[0]) == null || number(f[0]).signum() < 0)) {
                return m.get("editor.bad.number", m.get(f[1]));
            }
        }
        for (String[] f :
                new String[][] {{months, "reminder.field.every.months"}, {soonDays, "reminder.field.soon.days"}}) {
            if (!f[0].isBlank() && (integer(f[0]) == null || integer(f[0]) < 0)) {
                return m.get("reminder.bad.whole", m.get(f[1]));
            }
        }
        if (dueOn == null && dueAt.isBlank()) {
            return m.get("reminder.need.due");
        }
        if (!months.isBlank() && dueOn == null) {
            return m.get("reminder.need.due.on");
        }
        if (!distance.isBlank() && dueAt.isBlank()) {
            return m.get("reminder.need.due.odometer");
        }
        if (soonDays.isBlank() || soonDistance.isBlank()) {
            return m.get("reminder.need.soon");
        }
        return "";
    }

    /** Marks a reminder done: on which day (the plant's today) at which reading (the vehicle's last one). */
    Dialog<ButtonType> doneDialog(Reminder r) {
        DatePicker on = new DatePicker(vm.today());
        on.setId("reminderDoneOn");
        TextField odometer = new TextField(plain(r.currentOdometer()));
        odometer.setId("reminderDoneOdometer");
        Label problem = new Label();
        problem.setId("reminderDoneProblem");
        problem.getStyleClass().add("fleet-problem");
        problem.setWrapText(true);
        problem.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> on.getValue() == null
                                ? m.get("reminder.need.done.on")
                                : !odometer.getText().isBlank()
                                                && (number(odometer.getText()) == null
                                                        || number(odometer.getText())
                                                                        .signum()
                                                                < 0)
                                        ? m.get("editor.bad.number", m.get("reminder.field.done.odometer"))
                                        : "",
                        on.valueProperty(),
                        odometer.textProperty()));
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        Label what = new Label(m.get("reminder.done.what", r.plate(), r.title()));
        what.setWrapText(true);
        form.add(what, 0, 0, 2, 1);
        form.addRow(1, new Label(m.get("reminder.field.done.on")), on);
        form.addRow(2, new Label(m.get("reminder.field.done.odometer")), odometer);
        if (r.recurring()) {
            Label next = new Label(m.get("reminder.done.repeats"));
            next.setWrapText(true);
            next.getStyleClass().add("text-muted");
            form.add(next, 0, 3, 2, 1);
        }
        form.add(problem, 0, 4, 2, 1);
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(m.get("reminder.done.title"));
        d.getDialogPane().setId("reminderDone");
        d.getDialogPane().setContent(form);
        d.getDialogPane().setPrefWidth(480);
        ButtonType okType = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().setAll(okType, DialogButtons.cancel());
        Button ok = (Button) d.getDialogPane().lookupButton(okType);
        ok.setId("reminderDoneSave");
        ok.setText(m.get("reminders.complete"));
        ok.disableProperty().bind(problem.textProperty().isNotEmpty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            problem.textProperty().unbind();
            vm.complete(
                    r,
                    on.getValue(),
                    number(odometer.getText()),
                    c -> {
                        if (c.isPresent()) {
                            d.setResult(okType);
                            d.close();
                        } else {
                            problem.setText(m.get("reminders.conflict"));
                        }
                    },
                    err -> problem.setText(ErrorText.of(err)));
        });
        return d;
    }

    private static BigDecimal number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
