package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.EventDraft;
import io.plantdesk.fleet.EventKind;
import io.plantdesk.fleet.VehicleEvent;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.Shown;
import java.io.File;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The event editor: kind, day and time, odometer, cost, fuel amount and unit, full and missed
 * fill-up, description. Each field is checked as it is typed (a sentence under the form, Save
 * disabled until it reads); the database's own checks answer on save, and the dialog stays open
 * with what was typed when it refuses.
 */
final class EventEditor {

    private final Messages m;
    private final FleetViewModel vm;
    private final ZoneId zone;

    EventEditor(Messages m, FleetViewModel vm, ZoneId zone) {
        this.m = m;
        this.vm = vm;
        this.zone = zone;
    }

    Dialog<ButtonType> dialog(UUID vehicleId, VehicleEvent editing) {
        ChoiceBox<EventKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(EventKind.values());
        kind.setConverter(named("kind."));
        kind.setId("eventKind");
        DatePicker day = new DatePicker(LocalDate.now(zone));
        day.setId("eventDay");
        TextField time =
                new TextField(LocalTime.now(zone).withSecond(0).withNano(0).toString());
        time.setId("eventTime");
        TextField odometer = new TextField();
        odometer.setId("eventOdometer");
        TextField cost = new TextField();
        cost.setId("eventCost");
        TextField quantity = new TextField();
        quantity.setId("eventQuantity");
        ChoiceBox<String> unit = new ChoiceBox<>();
        unit.getItems().setAll("L", "gal_us", "gal_uk", "kWh");
        unit.setConverter(named("unit."));
        unit.setValue("L");
        CheckBox full = new CheckBox(m.get("field.filled_to_full"));
        full.setSelected(true);
        CheckBox missed = new CheckBox(m.get("field.missed_fill"));
        TextField latitude = new TextField();
        latitude.setId("eventLatitude");
        latitude.setPromptText(m.get("location.latitude.prompt"));
        TextField longitude = new TextField();
        longitude.setId("eventLongitude");
        longitude.setPromptText(m.get("location.longitude.prompt"));
        TextField place = new TextField();
        place.setId("eventPlace");
        // On an edit, a new location is a correction: the original stays, with this reason.
        TextField moveReason = new TextField();
        moveReason.setId("eventMoveReason");
        TextArea description = new TextArea();
        description.setId("eventDescription");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        kind.setValue(EventKind.FUEL);
        if (editing != null) {
            kind.setValue(editing.kind());
            var at = editing.occurredAt().atZoneSameInstant(zone);
            day.setValue(at.toLocalDate());
            time.setText(at.toLocalTime().withSecond(0).withNano(0).toString());
            odometer.setText(plain(editing.odometer()));
            cost.setText(plain(editing.cost()));
            quantity.setText(plain(editing.quantity()));
            unit.setValue(editing.quantityUnit() == null ? "L" : editing.quantityUnit());
            full.setSelected(Boolean.TRUE.equals(editing.filledToFull()));
            missed.setSelected(Boolean.TRUE.equals(editing.missedFill()));
            description.setText(editing.description());
            latitude.setText(plain(editing.latitude()));
            longitude.setText(plain(editing.longitude()));
            place.setText(editing.place() == null ? "" : editing.place());
        }
        Location original = editing == null
                ? Location.NONE
                : new Location(plain(editing.latitude()), plain(editing.longitude()), editing.place());
        var moved = Bindings.createBooleanBinding(
                () -> editing != null
                        && !original.equals(new Location(latitude.getText(), longitude.getText(), place.getText())),
                latitude.textProperty(),
                longitude.textProperty(),
                place.textProperty());
        Label reasonLabel = new Label(m.get("field.move_reason"));
        reasonLabel.visibleProperty().bind(moved);
        reasonLabel.managedProperty().bind(moved);
        moveReason.visibleProperty().bind(moved);
        moveReason.managedProperty().bind(moved);
        var fuel = kind.valueProperty().isEqualTo(EventKind.FUEL);
        unit.disableProperty().bind(fuel.not());
        full.disableProperty().bind(fuel.not());
        missed.disableProperty().bind(fuel.not());

        Label problem = new Label();
        problem.setId("eventProblem");
        problem.getStyleClass().add("fleet-problem");
        problem.setWrapText(true);
        problem.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            String first = check(
                                    kind.getValue(),
                                    day.getValue(),
                                    time.getText(),
                                    odometer.getText(),
                                    cost.getText(),
                                    quantity.getText());
                            return first.isEmpty()
                                    ? checkLocation(
                                            latitude.getText(),
                                            longitude.getText(),
                                            place.getText(),
                                            original,
                                            moved.get() ? moveReason.getText() : null)
                                    : first;
                        },
                        kind.valueProperty(),
                        day.valueProperty(),
                        time.textProperty(),
                        odometer.textProperty(),
                        cost.textProperty(),
                        quantity.textProperty(),
                        latitude.textProperty(),
                        longitude.textProperty(),
                        place.textProperty(),
                        moveReason.textProperty(),
                        moved));

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        // Labels and the fuel check boxes never cut short, in Floor type too; the fields take the rest.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setMinWidth(Region.USE_PREF_SIZE);
        fields.setHgrow(Priority.ALWAYS);
        ColumnConstraints more = new ColumnConstraints();
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields, more);
        int row = 0;
        form.addRow(row++, new Label(m.get("field.kind")), kind);
        form.addRow(row++, new Label(m.get("field.occurred_at")), day, time);
        form.addRow(row++, new Label(m.get("field.odometer")), odometer);
        form.addRow(row++, new Label(m.get("field.cost")), cost);
        form.addRow(row++, new Label(m.get("field.quantity")), quantity, unit);
        form.addRow(row++, new Label(), full, missed);
        form.addRow(row++, new Label(m.get("field.location")), latitude, longitude);
        form.addRow(row++, new Label(m.get("field.place")), place);
        GridPane.setColumnSpan(place, 2);
        form.addRow(row++, reasonLabel, moveReason);
        GridPane.setColumnSpan(moveReason, 2);
        form.addRow(row++, new Label(m.get("field.description")), description);
        GridPane.setColumnSpan(description, 2);
        if (editing != null && vm.photos() != null) {
            // The event's photos, larger than in the timeline; adding one stores it at once (it is its own row).
            HBox strip = new HBox(8);
            strip.setId("eventPhotos");
            Runnable draw = () -> strip.getChildren()
                    .setAll(new PhotoViews(m, vm.photos())
                            .strip(vm.photos().of(editing.id()), 72)
                            .getChildren());
            draw.run();
            Button addPhoto = new Button(m.get("photo.add"));
            addPhoto.setId("eventAddPhoto");
            Label photoProblem = new Label();
            photoProblem.getStyleClass().add("fleet-problem");
            photoProblem.setWrapText(true);
            addPhoto.setOnAction(e -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(m.get("photo.choose"));
                chooser.getExtensionFilters()
                        .add(new FileChooser.ExtensionFilter(
                                m.get("photo.type"), "*.jpg", "*.jpeg", "*.png", "*.JPG", "*.JPEG", "*.PNG"));
                File file = chooser.showOpenDialog(addPhoto.getScene().getWindow());
                if (file != null) {
                    photoProblem.setText("");
                    vm.photos()
                            .attach(editing.id(), file.toPath(), draw, err -> photoProblem.setText(ErrorText.of(err)));
                }
            });
            form.addRow(
                    row++, new Label(m.get("field.photos")), new VBox(8, strip, new HBox(8, addPhoto, photoProblem)));
        }
        form.add(problem, 0, row, 3, 1);

        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(m.get(editing == null ? "editor.new" : "editor.edit"));
        d.getDialogPane().setContent(form);
        ButtonType okType = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().setAll(okType, DialogButtons.cancel());
        Button ok = (Button) d.getDialogPane().lookupButton(okType);
        ok.setId("eventSave");
        ok.setText(m.get("editor.save"));
        ok.disableProperty().bind(problem.textProperty().isNotEmpty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes when the database has taken it, not before
            boolean isFuel = kind.getValue() == EventKind.FUEL;
            EventDraft draft = new EventDraft(
                    vehicleId,
                    kind.getValue(),
                    day.getValue()
                            .atTime(LocalTime.parse(time.getText().trim()))
                            .atZone(zone)
                            .toOffsetDateTime(),
                    number(odometer.getText()),
                    number(cost.getText()),
                    number(quantity.getText()),
                    number(quantity.getText()) == null ? null : unit.getValue(),
                    description.getText(),
                    number(latitude.getText()),
                    number(longitude.getText()),
                    place.getText().isBlank() ? null : place.getText().strip(),
                    isFuel ? full.isSelected() : null,
                    isFuel ? missed.isSelected() : null);
            problem.textProperty().unbind();
            Consumer<Optional<VehicleEvent>> done = saved -> {
                if (saved.isPresent()) {
                    d.setResult(okType);
                    d.close();
                } else {
                    problem.setText(m.get("editor.conflict"));
                }
            };
            if (moved.get()) {
                vm.saveMoved(
                        editing, draft, moveReason.getText().strip(), done, err -> problem.setText(ErrorText.of(err)));
                return;
            }
            vm.save(
                    editing,
                    draft,
                    done,
                    () -> {
                        // The server is away: the fill-up is safe on this computer and leaves with the outbox.
                        vm.noticeProperty().set(m.get("editor.queued"));
                        d.setResult(okType);
                        d.close();
                    },
                    err -> problem.setText(ErrorText.of(err)));
        });
        Platform.runLater(kind::requestFocus);
        return d;
    }

    /** The first thing wrong with what is typed, or empty. */
    String check(EventKind kind, LocalDate day, String time, String odometer, String cost, String quantity) {
        if (kind == null || day == null) {
            return m.get("editor.need.day");
        }
        try {
            LocalTime.parse(time.trim());
        } catch (DateTimeParseException e) {
            return m.get("editor.bad.time");
        }
        for (String[] f :
                new String[][] {{odometer, "field.odometer"}, {cost, "field.cost"}, {quantity, "field.quantity"}}) {
            if (!f[0].isBlank() && (parse(f[0]) == null || parse(f[0]).signum() < 0)) {
                return m.get("editor.bad.number", m.get(f[1]));
            }
        }
        if (kind == EventKind.FUEL && (quantity.isBlank() || parse(quantity).signum() <= 0)) {
            return m.get("editor.need.fuel");
        }
        if (kind == EventKind.ODOMETER && odometer.isBlank()) {
            return m.get("editor.need.odometer");
        }
        return "";
    }

    /** A location as typed (numbers compared by value, blanks as none). */
    record Location(BigDecimal latitude, BigDecimal longitude, String place) {
        static final Location NONE = new Location((BigDecimal) null, null, null);

        Location(String latitude, String longitude, String place) {
            this(number(latitude), number(longitude), place == null || place.isBlank() ? null : place.strip());
        }

        Location {
            latitude = latitude == null ? null : latitude.stripTrailingZeros();
            longitude = longitude == null ? null : longitude.stripTrailingZeros();
        }

        boolean empty() {
            return latitude == null && longitude == null && place == null;
        }
    }

    /**
     * The first thing wrong with the location, or empty: both coordinates or neither, each in its
     * range, a place of at most 200 characters; on an edit ({@code reason} not null: it moved) the
     * reason of the correction, and no removing a location (a correction moves it, the original stays).
     */
    String checkLocation(String latitude, String longitude, String place, Location original, String reason) {
        BigDecimal lat = number(latitude);
        BigDecimal lon = number(longitude);
        if ((!latitude.isBlank() && lat == null) || (lat != null && lat.abs().compareTo(BigDecimal.valueOf(90)) > 0)) {
            return m.get("location.bad.latitude");
        }
        if ((!longitude.isBlank() && lon == null)
                || (lon != null && lon.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
            return m.get("location.bad.longitude");
        }
        if ((lat == null) != (lon == null)) {
            return m.get("location.need.both");
        }
        if (place.strip().length() > 200) {
            return m.get("location.place.long");
        }
        if (reason != null) {
            Location now = new Location(latitude, longitude, place);
            if (!original.empty()
                    && (lat == null && now.place() == null
                            || original.latitude() != null && lat == null
                            || original.place() != null && now.place() == null)) {
                return m.get("location.cannot.clear");
            }
            if (reason.strip().length() < 3) {
                return m.get("location.need.reason");
            }
        }
        return "";
    }

    private static BigDecimal parse(String s) {
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal number(String s) {
        return s == null || s.isBlank() ? null : parse(s);
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    private <T> StringConverter<T> named(String prefix) {
        return Shown.as(value ->
                value == null ? "" : m.get(prefix + (value instanceof EventKind k ? k.dbValue() : value.toString())));
    }
}
