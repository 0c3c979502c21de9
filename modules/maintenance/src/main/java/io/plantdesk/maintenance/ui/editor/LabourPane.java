package io.plantdesk.maintenance.ui.editor;

import io.plantdesk.maintenance.Labour;
import io.plantdesk.maintenance.api.LabourReport;
import io.plantdesk.maintenance.ui.PlantPeople;
import io.plantdesk.maintenance.ui.WorkOrderTexts;
import io.plantdesk.platform.people.Person;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.FieldChecks;
import io.plantdesk.ui.widgets.Forms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The labour entries of a work order and a line to add hours (more than 0, at most 24 a day, on a day that has
 * come).
 */
final class LabourPane {

    private final WorkOrderTexts t;
    private final EditorModel model;
    private final PlantPeople people;
    private final UUID me;
    private final Formats formats;

    LabourPane(WorkOrderTexts t, EditorModel model, PlantPeople people, UUID me, Formats formats) {
        this.t = t;
        this.model = model;
        this.people = people;
        this.me = me;
        this.formats = formats;
    }

    Node node() {
        TableView<Labour> table = new TableView<>(model.labour());
        table.setId("woLabour");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text(t.get("labour.person"), Labour::personName));
        table.getColumns().add(Columns.text(t.get("labour.date"), l -> formats.date(l.workDate())));
        table.getColumns()
                .add(Columns.text(
                        t.get("labour.hours"),
                        l -> l.hours().stripTrailingZeros().toPlainString()));
        table.getColumns().add(Columns.text(t.get("labour.note"), l -> l.note() == null ? "" : l.note()));
        table.setPlaceholder(new Label(""));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label total = new Label();
        total.setId("woLabourTotal");
        total.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> t.get(
                                "labour.total",
                                model.labour().stream()
                                        .map(Labour::hours)
                                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                                        .stripTrailingZeros()
                                        .toPlainString()),
                        model.labour()));

        ChoiceBox<Person> who = new ChoiceBox<>(FXCollections.observableArrayList(people.active()));
        who.setId("labourPerson");
        who.setConverter(t.converter(Person::displayName));
        people.active().stream().filter(p -> p.id().equals(me)).findFirst().ifPresent(who::setValue);
        DatePicker day = new DatePicker(LocalDate.now());
        day.setId("labourDate");
        TextField hours = new TextField();
        hours.setId("labourHours");
        hours.setPrefColumnCount(4);
        hours.setPromptText(t.get("labour.hours"));
        TextField note = new TextField();
        note.setId("labourNote");
        note.setPromptText(t.get("labour.note"));
        note.setPrefColumnCount(16);
        Label error = new Label();
        error.setId("labourError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        FieldChecks checks = new FieldChecks().add(hours, (String v) -> hoursProblem(v));
        Button add = new Button(t.get("labour.add"));
        add.setId("labourAdd");
        add.setOnAction(e -> {
            checks.showAll();
            Optional<String> problem = who.getValue() == null
                    ? Optional.of(t.get("labour.check.person"))
                    : day.getValue() == null
                            ? Optional.of(t.get("labour.check.date"))
                            : dayProblem(day.getValue()).or(() -> hoursProblem(hours.getText()));
            if (problem.isPresent()) {
                error.setText(problem.get());
                return;
            }
            error.setText("");
            add.setDisable(true);
            model.technician()
                    .addLabour(
                            new LabourReport(
                                    model.currentProperty().get().id(),
                                    who.getValue().id(),
                                    day.getValue(),
                                    parse(hours.getText()),
                                    note.getText().isBlank()
                                            ? null
                                            : note.getText().strip()),
                            () -> {
                                add.setDisable(false);
                                hours.clear();
                                note.clear();
                            },
                            // Kept on this computer: the waiting list above the tabs shows the hours, so clearing the
                            // line loses nothing.
                            () -> Forms.notice(error, t.get("offline.kept")),
                            msg -> {
                                add.setDisable(false);
                                error.setText(msg); // the line keeps what was typed
                            });
        });
        FlowPane line = new FlowPane(8, 8, who, day, hours, note, add);
        VBox box = new VBox(8, table, total, line, error);
        return box;
    }

    /**
     * A day that has not come yet is refused before sending (the server refuses it too, by the plant's own
     * calendar: V106). This computer's today stands in for the plant's: a floor PC keeps the plant's time.
     */
    private Optional<String> dayProblem(LocalDate d) {
        LocalDate today = LocalDate.now();
        return d.isAfter(today) ? Optional.of(t.get("labour.check.future", formats.date(today))) : Optional.empty();
    }

    private Optional<String> hoursProblem(String v) {
        BigDecimal h = parse(v);
        return h == null || h.signum() <= 0 || h.compareTo(BigDecimal.valueOf(24)) > 0
                ? Optional.of(t.get("labour.check.hours"))
                : Optional.empty();
    }

    private static BigDecimal parse(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(v.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
