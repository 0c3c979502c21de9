package io.plantdesk.shifts.ui;

import io.plantdesk.shifts.ShiftBreak;
import io.plantdesk.shifts.ShiftPattern;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.Forms;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Add or edit a shift, and confirm a delete. The form checks times, days, breaks and overlaps with
 * the plant's other shifts before sending, stays open while the server works, and on a refusal
 * (another admin's overlapping shift, a stale edit) shows the reason and keeps everything typed.
 */
final class ShiftDialog {

    /** Sends the value; calls done to close the dialog, or failed with a message to keep it open. */
    interface Saver<T> {
        void save(T value, Runnable done, Consumer<String> failed);
    }

    private static final Pattern BREAK = Pattern.compile("\\s*(\\d{1,2}:\\d{2})\\s+(\\d{1,4})\\s*");

    private ShiftDialog() {}

    static void open(
            Window owner,
            Messages m,
            ShiftPattern current,
            Function<ShiftPattern, List<String>> problems,
            Saver<ShiftPattern> saver) {
        String title = current == null ? m.get("shifts.add.title") : m.get("shifts.edit.title", current.name());
        Dialog<Void> d = dialog(owner, title);
        TextField name = text("shiftName", 20);
        TextField starts = text("shiftStarts", 6);
        TextField ends = text("shiftEnds", 6);
        TextField breaks = text("shiftBreaks", 20);
        DatePicker validFrom = new DatePicker(LocalDate.now());
        validFrom.setId("shiftValidFrom");
        List<CheckBox> days = new ArrayList<>();
        FlowPane dayBoxes = new FlowPane(8, 8);
        for (DayOfWeek day : DayOfWeek.values()) {
            CheckBox c = new CheckBox(m.get("shifts.day." + day.getValue()));
            c.setId("shiftDay" + day.getValue());
            c.setSelected(current == null ? day.getValue() <= 5 : current.days().contains(day));
            days.add(c);
            dayBoxes.getChildren().add(c);
        }
        if (current != null) {
            name.setText(current.name());
            starts.setText(current.starts().toString());
            ends.setText(current.ends().toString());
            breaks.setText(current.breaks().stream()
                    .map(b -> b.start() + " " + b.minutes())
                    .collect(Collectors.joining(", ")));
            validFrom.setValue(current.validFrom());
        }
        Label error = new Label();
        error.setId("shiftError");
        error.getStyleClass().add("field-error");
        error.setMaxWidth(460);
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE); // every line, never "..."
        GridPane g = Forms.grid();
        g.addRow(0, new Label(m.get("shifts.name")), name);
        g.addRow(1, new Label(m.get("shifts.starts")), starts);
        g.addRow(2, new Label(m.get("shifts.ends")), ends);
        g.add(Forms.hint(m.get("shifts.ends.hint")), 1, 3);
        g.addRow(4, new Label(m.get("shifts.breaks")), breaks);
        g.add(Forms.hint(m.get("shifts.breaks.hint")), 1, 5);
        g.addRow(6, new Label(m.get("shifts.days")), dayBoxes);
        g.addRow(7, new Label(m.get("shifts.validFrom")), validFrom);
        g.add(error, 0, 8, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().setId("shiftDialog");

        ButtonType save = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().addAll(save, DialogButtons.cancel());
        Node ok = d.getDialogPane().lookupButton(save);
        ok.setId("shiftSave");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            List<String> found = new ArrayList<>();
            LocalTime from = time(starts.getText(), found, m);
            LocalTime to = time(ends.getText(), found, m);
            List<ShiftBreak> parsed = breaks(breaks.getText(), found, m);
            Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
            days.stream().filter(CheckBox::isSelected).forEach(c -> chosen.add(DayOfWeek.of(days.indexOf(c) + 1)));
            ShiftPattern draft = new ShiftPattern(
                    current == null ? null : current.id(),
                    name.getText(),
                    from,
                    to,
                    parsed,
                    chosen,
                    validFrom.getValue(),
                    current == null ? null : current.version());
            if (found.isEmpty()) {
                found.addAll(problems.apply(draft));
            }
            if (!found.isEmpty()) {
                error.setText(String.join("\n", found));
                grow(d);
                return;
            }
            error.setText("");
            ok.setDisable(true);
            saver.save(
                    draft,
                    () -> {
                        d.setResult(null);
                        d.close();
                    },
                    msg -> {
                        ok.setDisable(false);
                        error.setText(msg);
                        grow(d);
                    });
        });
        d.show();
    }

    static void confirmDelete(Window owner, Messages m, ShiftPattern shift, Saver<ShiftPattern> saver) {
        Dialog<Void> d = dialog(owner, m.get("shifts.delete.title", shift.name()));
        Label text = new Label(m.get("shifts.delete.text", shift.name()));
        text.setWrapText(true);
        text.setMaxWidth(460);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Label error = new Label();
        error.setId("shiftError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(460);
        error.setMinHeight(Region.USE_PREF_SIZE);
        GridPane g = Forms.grid();
        g.add(text, 0, 0);
        g.add(error, 0, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().setId("shiftDeleteDialog");
        ButtonType yes = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().addAll(yes, DialogButtons.cancel());
        Node ok = d.getDialogPane().lookupButton(yes);
        ok.setId("shiftDeleteConfirm");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            ok.setDisable(true);
            saver.save(
                    shift,
                    () -> {
                        d.setResult(null);
                        d.close();
                    },
                    msg -> {
                        ok.setDisable(false);
                        error.setText(msg);
                        grow(d);
                    });
        });
        d.show();
    }

    private static LocalTime time(String text, List<String> found, Messages m) {
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeParseException e) {
            if (found.stream().noneMatch(f -> f.equals(m.get("shifts.dialog.badTime")))) {
                found.add(m.get("shifts.dialog.badTime"));
            }
            return null;
        }
    }

    private static List<ShiftBreak> breaks(String text, List<String> found, Messages m) {
        List<ShiftBreak> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            Matcher b = BREAK.matcher(part);
            LocalTime start = null;
            if (b.matches()) {
                try {
                    start = LocalTime.parse(b.group(1).length() == 4 ? "0" + b.group(1) : b.group(1));
                } catch (DateTimeParseException e) {
                    start = null;
                }
            }
            if (start == null) {
                found.add(m.get("shifts.dialog.badBreak", part.strip()));
                return List.of();
            }
            out.add(new ShiftBreak(start, Integer.parseInt(b.group(2))));
        }
        return out;
    }

    /** Every line of a message shows: the dialog grows to it instead of cutting it off. */
    private static void grow(Dialog<Void> d) {
        Platform.runLater(() -> {
            if (d.getDialogPane().getScene() != null
                    && d.getDialogPane().getScene().getWindow() != null) {
                d.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }

    private static Dialog<Void> dialog(Window owner, String title) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(title);
        return d;
    }

    private static TextField text(String id, int columns) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(columns);
        return t;
    }
}
