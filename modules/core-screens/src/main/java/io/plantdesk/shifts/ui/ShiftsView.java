package io.plantdesk.shifts.ui;

import io.plantdesk.shifts.ShiftBreak;
import io.plantdesk.shifts.ShiftPattern;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.keys.Shortcut;
import io.plantdesk.ui.keys.Shortcuts;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.Confirm;
import io.plantdesk.ui.widgets.KeepSelection;
import io.plantdesk.ui.widgets.StateView;
import java.time.DayOfWeek;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Shifts screen: the plant's shifts, with add, edit and delete. */
public final class ShiftsView {

    private final ShiftsViewModel vm;
    private final Messages m;

    public ShiftsView(ShiftsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    public Node build() {
        TableView<ShiftPattern> table = new TableView<>(vm.rows());
        table.setId("shiftTable");
        KeepSelection.byKey(table, ShiftPattern::id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text(m.get("shifts.name"), ShiftPattern::name));
        table.getColumns()
                .add(Columns.text(
                        m.get("shifts.hours"),
                        s -> m.get(
                                s.crossesMidnight() ? "shifts.hours.night" : "shifts.hours.value",
                                s.starts(),
                                s.ends())));
        table.getColumns().add(Columns.text(m.get("shifts.breaks"), this::breaks));
        table.getColumns()
                .add(Columns.text(
                        m.get("shifts.paid"),
                        s -> m.get("shifts.paid.value", s.paidMinutes() / 60, s.paidMinutes() % 60)));
        table.getColumns().add(Columns.text(m.get("shifts.days"), this::days));
        table.getColumns()
                .add(Columns.text(
                        m.get("shifts.validFrom"), s -> Formats.system().date(s.validFrom())));
        table.setRowFactory(tv -> {
            TableRow<ShiftPattern> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(table, row.getItem());
                }
            });
            return row;
        });

        StateView states = new StateView(table);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(
                vm.loadState(),
                new StateView.Texts(
                        m.get("shifts.loading"),
                        m.get("shifts.empty"),
                        m.get("shifts.empty.hint"),
                        m.get("shifts.add"),
                        () -> add(table),
                        m.get("shifts.error"),
                        m.get("shifts.retry"),
                        vm::load));

        Label title = new Label(m.get("shifts.title"));
        title.getStyleClass().add("page-title");
        Button add = new Button(m.get("shifts.add"), new FontIcon(Material2AL.ADD));
        add.setId("addShift");
        Shortcuts.mark(add, Shortcut.NEW);
        add.getStyleClass().add("accent");
        add.setOnAction(e -> add(table));
        Button edit = new Button(m.get("shifts.edit"), new FontIcon(Material2AL.EDIT));
        edit.setId("editShift");
        Shortcuts.mark(edit, Shortcut.EDIT);
        edit.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit(table, table.getSelectionModel().getSelectedItem()));
        Button delete = new Button(m.get("shifts.delete"), new FontIcon(Material2AL.DELETE));
        delete.setId("deleteShift");
        delete.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete(table, table.getSelectionModel().getSelectedItem()));
        Button reload = new Button(null, new FontIcon(Material2MZ.REFRESH));
        reload.setOnAction(e -> vm.load());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, reload, delete, edit, add);
        header.getStyleClass().add("page-header");

        Label hint = new Label(m.get("shifts.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox body = new VBox(8, hint, states);
        body.getStyleClass().add("page-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        return root;
    }

    private String breaks(ShiftPattern s) {
        return s.breaks().isEmpty()
                ? m.get("shifts.breaks.none")
                : s.breaks().stream()
                        .map((ShiftBreak b) -> m.get("shifts.break.value", b.start(), b.minutes()))
                        .collect(Collectors.joining(m.get("shifts.list.separator")));
    }

    private String days(ShiftPattern s) {
        return s.days().stream()
                .sorted()
                .map((DayOfWeek d) -> m.get("shifts.day." + d.getValue()))
                .collect(Collectors.joining(m.get("shifts.list.separator")));
    }

    private void add(Node anchor) {
        ShiftDialog.open(
                anchor.getScene().getWindow(),
                m,
                null,
                vm::problems,
                (draft, done, failed) -> vm.save(
                        draft,
                        () -> {
                            done.run();
                            Confirm.saved(
                                    anchor,
                                    m.get("shifts.saved.added", draft.name().strip()));
                        },
                        failed));
    }

    private void edit(Node anchor, ShiftPattern s) {
        ShiftDialog.open(
                anchor.getScene().getWindow(),
                m,
                s,
                vm::problems,
                (draft, done, failed) -> vm.save(
                        draft,
                        () -> {
                            done.run();
                            Confirm.saved(
                                    anchor,
                                    m.get("shifts.saved.changed", draft.name().strip()));
                        },
                        failed));
    }

    private void delete(Node anchor, ShiftPattern s) {
        ShiftDialog.confirmDelete(
                anchor.getScene().getWindow(),
                m,
                s,
                (shift, done, failed) -> vm.delete(
                        shift,
                        () -> {
                            done.run();
                            Confirm.saved(anchor, m.get("shifts.saved.deleted", shift.name()));
                        },
                        failed));
    }
}
