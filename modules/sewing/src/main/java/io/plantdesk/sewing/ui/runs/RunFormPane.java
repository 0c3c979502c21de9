package io.plantdesk.sewing.ui.runs;

import io.plantdesk.sewing.Line;
import io.plantdesk.sewing.Style;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Forms;
import io.plantdesk.ui.widgets.Shown;
import java.time.format.DateTimeParseException;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The run form beside the list: each field with its sentence under it when the check finds a
 * problem, the save's outcome on a line of its own, Save and "New run". A run with output shows
 * its line and style but cannot change them (the database keeps them too).
 */
final class RunFormPane {

    private final RunsViewModel vm;
    private final Messages m;

    RunFormPane(RunsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    Node build() {
        RunEdit f = vm.form();
        Label heading = new Label();
        heading.setId("runFormTitle");
        heading.getStyleClass().add("text-bold");
        heading.setWrapText(true);
        heading.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.editingProperty().get() == null
                                ? m.get("runs.form.new")
                                : m.get(
                                        "runs.form.edit",
                                        vm.editingProperty().get().orderRef()),
                        vm.editingProperty()));

        ComboBox<Line> line = new ComboBox<>(vm.lines());
        line.setId("runLine");
        line.setConverter(Shown.as(l -> l == null ? "" : m.get("runs.line.item", l.code(), l.name())));
        line.valueProperty().bindBidirectional(f.line);
        line.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Style> style = new ComboBox<>(vm.styles());
        style.setId("runStyle");
        style.setConverter(Shown.as(s -> s == null ? "" : m.get("runs.style.item", s.code(), s.name())));
        style.valueProperty().bindBidirectional(f.style);
        style.setMaxWidth(Double.MAX_VALUE);
        line.disableProperty().bind(vm.keepsLineAndStyleProperty());
        style.disableProperty().bind(vm.keepsLineAndStyleProperty());
        TextField order = field("runOrder", f.orderRef);
        TextField qty = field("runQty", f.qty);
        TextField target = field("runTarget", f.target);
        DatePicker starts = new DatePicker();
        starts.setId("runStarts");
        starts.valueProperty().bindBidirectional(f.startsOn);
        DatePicker ends = new DatePicker();
        ends.setId("runEnds");
        ends.valueProperty().bindBidirectional(f.endsOn);
        starts.setMaxWidth(Double.MAX_VALUE);
        ends.setMaxWidth(Double.MAX_VALUE);

        // Labels above their fields: the form keeps its width in Floor mode's larger type.
        VBox g = new VBox(6);
        row(g, "runs.line", line, f.lineError, "runLineError");
        row(g, "runs.style", style, f.styleError, "runStyleError");
        g.getChildren().add(Forms.hint(m.get("runs.style.hint")));
        row(g, "runs.order", order, f.orderRefError, "runOrderError");
        row(g, "runs.qty", qty, f.qtyError, "runQtyError");
        row(g, "runs.target", target, f.targetError, "runTargetError");
        g.getChildren().addAll(label("runs.starts", starts), starts);
        row(g, "runs.ends", ends, f.datesError, "runDatesError");

        Button save = new Button(m.get("runs.save"));
        save.setId("runSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> {
            commit(starts);
            commit(ends);
            vm.save();
        });
        Button fresh = new Button(m.get("runs.new"));
        fresh.setId("runNew");
        fresh.setOnAction(e -> vm.newRun());
        FlowPane actions = new FlowPane(12, 8, save, fresh);
        Label message = new Label();
        message.setId("runMessage");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());

        VBox box = new VBox(12, heading, g, actions, message);
        box.setId("runForm");
        box.getStyleClass().add("run-form");
        return box;
    }

    /** A date typed but not yet committed (no Enter, no focus change) counts as typed. */
    static void commit(DatePicker p) {
        String typed = p.getEditor().getText();
        try {
            p.setValue(
                    typed == null || typed.isBlank() ? null : p.getConverter().fromString(typed));
        } catch (DateTimeParseException e) {
            // Left as it was: the check names the date if it is missing.
        }
    }

    private void row(VBox g, String key, Region field, StringProperty error, String errorId) {
        Label e = new Label();
        e.setId(errorId);
        e.getStyleClass().add("field-error");
        e.setWrapText(true);
        e.setMinHeight(Region.USE_PREF_SIZE);
        e.textProperty().bind(error);
        // Takes no room while there is nothing to say.
        e.managedProperty().bind(error.isNotEmpty());
        e.visibleProperty().bind(error.isNotEmpty());
        g.getChildren().addAll(label(key, field), field, e);
    }

    private Label label(String key, Node field) {
        Label l = new Label(m.get(key));
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(String id, StringProperty value) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(value);
        return t;
    }
}
