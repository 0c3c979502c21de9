package io.plantdesk.sewing.ui.attendance;

import io.plantdesk.sewing.Line;
import io.plantdesk.sewing.ShiftSpan;
import io.plantdesk.ui.i18n.DataText;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.StateView;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The attendance sheet as a quick grid for the supervisor: one row per operator (present, minutes
 * attended, overtime minutes), Tab from field to field, "Everyone present" and Save; a line typed
 * wrong is named under the grid and its fields marked, and stays as typed.
 */
public final class AttendanceView {

    private static final Formats FORMATS = Formats.system();

    private final AttendanceViewModel vm;
    private final Messages m;

    public AttendanceView(AttendanceViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    public Node build() {
        Label title = new Label(m.get("att.title"));
        title.getStyleClass().add("page-title");

        ComboBox<Line> line = new ComboBox<>(vm.lines());
        line.setId("attLine");
        line.valueProperty().bindBidirectional(vm.lineProperty());
        line.setCellFactory(l -> new LineCell());
        line.setButtonCell(new LineCell());
        Button previous = new Button(m.get("att.previous"));
        previous.setId("attPrevious");
        previous.setOnAction(e -> vm.previous());
        Label shift = new Label();
        shift.setId("attShift");
        shift.setMinWidth(Region.USE_PREF_SIZE);
        shift.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> shiftText(vm.shiftProperty().get()), vm.shiftProperty()));
        Button next = new Button(m.get("att.next"));
        next.setId("attNext");
        next.setOnAction(e -> vm.next());
        FlowPane tools = new FlowPane(12, 8, label(m.get("att.line")), line, previous, next, shift);
        tools.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setId("attGrid");
        grid.setHgap(16);
        grid.setVgap(8);
        ColumnConstraints nameColumn = new ColumnConstraints();
        nameColumn.setHgrow(Priority.ALWAYS);
        nameColumn.setMinWidth(160);
        grid.getColumnConstraints().add(nameColumn);
        vm.rows().addListener((ListChangeListener<SheetRow>) c -> fill(grid));
        fill(grid);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button everyone = new Button(m.get("att.everyone"));
        everyone.setId("attEveryone");
        everyone.setOnAction(e -> vm.everyonePresent());
        Button save = new Button(m.get("att.save"));
        save.setId("attSave");
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save());
        save.disableProperty().bind(vm.savingProperty().or(Bindings.isEmpty(vm.rows())));
        Label message = new Label();
        message.setId("attMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox actions = new HBox(12, everyone, save, message);
        actions.setAlignment(Pos.CENTER_LEFT);

        // Save sits above the grid: reachable without scrolling however many operators the line has.
        VBox content = new VBox(12, actions, scroll);
        StateView states = new StateView(content);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(
                vm.load(),
                new StateView.Texts(
                        m.get("att.loading"),
                        m.get("att.empty"),
                        m.get("att.empty.hint"),
                        null,
                        null,
                        m.get("att.error"),
                        m.get("att.retry"),
                        vm::refresh));

        HBox header = new HBox(title);
        header.getStyleClass().add("page-header");
        VBox body = new VBox(12, tools, states);
        body.getStyleClass().add("page-body");
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        root.setId("attendance");
        return root;
    }

    private void fill(GridPane grid) {
        grid.getChildren().clear();
        grid.add(heading(m.get("att.col.operator")), 0, 0);
        grid.add(heading(m.get("att.col.present")), 1, 0);
        grid.add(heading(m.get("att.col.minutes")), 2, 0);
        grid.add(heading(m.get("att.col.overtime")), 3, 0);
        int i = 1;
        for (SheetRow r : vm.rows()) {
            Label name = DataText.mark(new Label(r.name()));
            name.setWrapText(true);
            CheckBox present = new CheckBox();
            present.setId("attPresent" + i);
            present.selectedProperty().bindBidirectional(r.presentProperty());
            present.setAccessibleText(m.get("att.present.of", r.name()));
            TextField minutes = field("attMinutes" + i, r.minutesProperty(), m.get("att.minutes.of", r.name()));
            TextField overtime = field("attOvertime" + i, r.overtimeProperty(), m.get("att.overtime.of", r.name()));
            minutes.disableProperty().bind(r.presentProperty().not());
            overtime.disableProperty().bind(r.presentProperty().not());
            r.problemProperty().addListener((o, was, now) -> {
                boolean bad = now != null && !now.isEmpty();
                minutes.pseudoClassStateChanged(PseudoClass.getPseudoClass("danger"), bad);
                overtime.pseudoClassStateChanged(PseudoClass.getPseudoClass("danger"), bad);
            });
            grid.addRow(i++, name, present, minutes, overtime);
        }
    }

    private static TextField field(String id, StringProperty value, String accessible) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setPrefColumnCount(5);
        f.setAccessibleText(accessible);
        return f;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private String shiftText(ShiftSpan s) {
        return s == null
                ? ""
                : m.get(
                        "att.shift",
                        s.name() == null ? "" : s.name(),
                        FORMATS.dateTime(s.startsAt().toInstant()),
                        FORMATS.time(s.endsAt().toInstant()));
    }

    private final class LineCell extends ListCell<Line> {
        @Override
        protected void updateItem(Line item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : m.get("att.line.item", item.code(), item.name()));
        }
    }
}
