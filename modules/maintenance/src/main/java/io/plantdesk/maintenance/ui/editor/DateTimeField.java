package io.plantdesk.maintenance.ui.editor;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A moment as a date picker and an "HH:mm" field: typed from the keyboard, picked with the mouse.
 * An empty date is no moment; a date without a time is the start of that day.
 */
final class DateTimeField extends HBox {

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("H:mm");

    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField();
    private final ZoneId zone;

    DateTimeField(String id, ZoneId zone, String timePrompt) {
        super(6);
        this.zone = zone;
        date.setId(id + "Date");
        time.setId(id + "Time");
        time.setPromptText(timePrompt);
        time.setPrefColumnCount(5);
        time.setMinWidth(Region.USE_PREF_SIZE); // "07:30" stays readable; the date gives way
        date.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(date, Priority.ALWAYS);
        getChildren().addAll(date, time);
    }

    void set(OffsetDateTime t) {
        if (t == null) {
            date.setValue(null);
            time.setText("");
            return;
        }
        var local = t.atZoneSameInstant(zone);
        date.setValue(local.toLocalDate());
        time.setText(HM.format(local.toLocalTime()));
    }

    /** The time text, for its check: a bad one is a problem, an empty one midnight. */
    Optional<LocalTime> parsedTime() {
        String s = time.getText() == null ? "" : time.getText().strip();
        if (s.isEmpty()) {
            return Optional.of(LocalTime.MIDNIGHT);
        }
        try {
            return Optional.of(LocalTime.parse(s, HM));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    boolean timeWithoutDate() {
        return date.getValue() == null
                && time.getText() != null
                && !time.getText().isBlank();
    }

    /** The moment, or null when no date is chosen or the time does not read. */
    OffsetDateTime value() {
        LocalDate d = date.getValue();
        if (d == null) {
            return null;
        }
        return parsedTime()
                .map(t -> d.atTime(t).atZone(zone).toOffsetDateTime())
                .orElse(null);
    }

    DatePicker date() {
        return date;
    }

    TextField time() {
        return time;
    }
}
