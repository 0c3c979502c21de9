package io.plantdesk.maintenance.ui.backlog;

import io.plantdesk.maintenance.BacklogRow;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.ui.WorkOrderTexts;
import io.plantdesk.maintenance.ui.editor.EditorModel;
import io.plantdesk.maintenance.ui.editor.WorkOrderEditor;
import io.plantdesk.platform.people.Person;
import io.plantdesk.ui.keys.Shortcut;
import io.plantdesk.ui.keys.Shortcuts;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.Confirm;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.KeepSelection;
import io.plantdesk.ui.widgets.StateView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The backlog screen: filters and search above a multi-select table of one SQL page; Enter or a
 * double-click opens the editor, Ctrl+N a new work order; assign and change status act on every
 * selected row and report per row.
 */
public final class BacklogView {

    /** The due moment in the locale's short form ("11/29/26, 8:00 AM"): the backlog's widest column. */
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withLocale(Locale.getDefault(Locale.Category.FORMAT));

    private final BacklogViewModel vm;
    private final WorkOrderTexts t;
    private final Supplier<EditorModel> editors;
    private final UUID me;
    private TableView<BacklogRow> table;

    public BacklogView(BacklogViewModel vm, WorkOrderTexts t, Supplier<EditorModel> editors, UUID me) {
        this.vm = vm;
        this.t = t;
        this.editors = editors;
        this.me = me;
    }

    public Node build() {
        table = new TableView<>(vm.rows());
        table.setId("woTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        KeepSelection.byKey(table, BacklogRow::id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Every column fits a 1280 px window in Desk mode: a table wider than its view scrolled its
        // right-hand column under the scroll bar (the design lint read the hours there at 2.4:1).
        // So the machine shows its label (the name on hover) and the due moment its short form.
        table.getColumns().add(col(t.get("col.number"), r -> t.get("number.value", String.valueOf(r.number())), 60));
        table.getColumns().add(col(t.get("col.title"), BacklogRow::title, 185));
        table.getColumns().add(col(t.get("col.status"), r -> t.status(r.status()), 100));
        table.getColumns().add(col(t.get("col.priority"), r -> t.priority(r.priority()), 80));
        table.getColumns().add(col(t.get("col.type"), r -> t.type(r.type()), 100));
        table.getColumns().add(machineColumn());
        table.getColumns()
                .add(col(
                        t.get("col.due"),
                        r -> r.dueAt() == null ? "" : r.overdue() ? t.get("overdue.value", due(r)) : due(r),
                        185));
        table.getColumns()
                .add(col(
                        t.get("col.hours"),
                        r -> r.estimatedHours() == null
                                ? ""
                                : r.estimatedHours().stripTrailingZeros().toPlainString(),
                        75));
        table.getColumns().add(col(t.get("col.assignees"), r -> String.join(", ", r.assignees()), 100));
        Label noMatch = new Label(t.get("backlog.nomatch"));
        noMatch.setWrapText(true);
        table.setPlaceholder(noMatch);
        table.setRowFactory(tv -> {
            TableRow<BacklogRow> row = new TableRow<>() {
                @Override
                protected void updateItem(BacklogRow r, boolean empty) {
                    super.updateItem(r, empty);
                    getStyleClass().remove("wo-overdue");
                    if (!empty && r != null && r.overdue()) {
                        getStyleClass().add("wo-overdue");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });

        StateView states = new StateView(table);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(
                vm.loadState(),
                new StateView.Texts(
                        t.get("backlog.loading"),
                        t.get("backlog.empty"),
                        t.get("backlog.empty.hint"),
                        t.get("action.new"),
                        this::newWorkOrder,
                        t.get("backlog.error"),
                        t.get("retry"),
                        vm::load));

        BacklogFilters filters = new BacklogFilters(vm, t);
        Label title = new Label(t.get("backlog.title"));
        title.getStyleClass().add("page-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button add = new Button(t.get("action.new"), new FontIcon(Material2AL.ADD));
        add.setId("woNew");
        add.getStyleClass().add("accent");
        Shortcuts.mark(add, Shortcut.NEW);
        add.setOnAction(e -> newWorkOrder());
        Button openButton = new Button(t.get("action.open"), new FontIcon(Material2AL.EDIT));
        openButton.setId("woOpen");
        Shortcuts.mark(openButton, Shortcut.EDIT);
        openButton
                .disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> open(table.getSelectionModel().getSelectedItem()));
        Button assign = new Button(t.get("action.assign"), new FontIcon(Material2MZ.PERSON_ADD));
        assign.setId("woAssign");
        assign.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        assign.setOnAction(e -> assign());
        MenuButton move = new MenuButton(t.get("action.move"), new FontIcon(Material2MZ.SWAP_HORIZ));
        move.setId("woMoveSelected");
        move.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        for (WorkOrderStatus s : WorkOrderStatus.values()) {
            MenuItem item = new MenuItem(t.status(s));
            item.setId("woMoveSelected" + s.name());
            item.setOnAction(e -> vm.move(selected(), s, this::showResults));
            move.getItems().add(item);
        }
        Button reload = new Button(null, new FontIcon(Material2MZ.REFRESH));
        reload.setId("woRefresh");
        reload.setAccessibleText(t.get("action.refresh"));
        reload.setOnAction(e -> vm.load());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Control c : List.of(add, openButton, assign, move)) {
            c.setMinWidth(Region.USE_PREF_SIZE); // never "Ass...": the row below wraps instead
        }
        HBox header = new HBox(title, spacer, filters.searchField(), reload, add);
        header.getStyleClass().add("page-header");
        // The actions on the selection lead the filter bar, which wraps where the window is narrow.
        FlowPane bar = filters.bar();
        bar.getChildren().addAll(0, List.of(openButton, assign, move, new Separator(Orientation.VERTICAL)));

        Label searchProblem = new Label();
        searchProblem.setId("woSearchProblem");
        searchProblem.getStyleClass().add("field-error");
        searchProblem.setWrapText(true);
        searchProblem.textProperty().bind(vm.searchProblemProperty());
        searchProblem.managedProperty().bind(searchProblem.textProperty().isNotEmpty());
        searchProblem.visibleProperty().bind(searchProblem.managedProperty());

        Label selectedCount = new Label();
        selectedCount.setId("woSelectedCount");
        selectedCount
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> t.get(
                                "selected.count",
                                table.getSelectionModel().getSelectedItems().size()),
                        table.getSelectionModel().getSelectedItems()));
        Button prev = new Button(null, new FontIcon(Material2AL.CHEVRON_LEFT));
        prev.setId("woPrevious");
        prev.setAccessibleText(t.get("page.previous"));
        prev.setOnAction(e -> vm.previous());
        prev.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> vm.queryProperty().get().offset() == 0, vm.queryProperty()));
        Button next = new Button(null, new FontIcon(Material2AL.CHEVRON_RIGHT));
        next.setId("woNext");
        next.setAccessibleText(t.get("page.next"));
        next.setOnAction(e -> vm.next());
        next.disableProperty().bind(vm.hasMoreProperty().not());
        Label range = new Label();
        range.setId("woRange");
        range.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.rows().isEmpty()
                                ? ""
                                : t.get(
                                        "page.range",
                                        vm.queryProperty().get().offset() + 1,
                                        vm.queryProperty().get().offset()
                                                + vm.rows().size()),
                        vm.rows(),
                        vm.queryProperty()));
        Region pagerSpacer = new Region();
        HBox.setHgrow(pagerSpacer, Priority.ALWAYS);
        HBox pager = new HBox(8, selectedCount, pagerSpacer, range, prev, next);
        pager.setAlignment(Pos.CENTER_LEFT);
        pager.visibleProperty().bind(vm.loadState().stateProperty().isEqualTo(StateView.State.CONTENT));

        VBox body = new VBox(8, bar, searchProblem, filters.savedProblem(), states, pager);
        body.getStyleClass().add("page-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        root.getStyleClass().add("wo-backlog");
        return root;
    }

    private List<BacklogRow> selected() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    private void newWorkOrder() {
        new WorkOrderEditor(
                        table.getScene().getWindow(),
                        t,
                        editors.get(),
                        vm.workflowProperty().get(),
                        vm.peopleProperty().get(),
                        vm.machines(),
                        me,
                        this::changed)
                .showNew();
    }

    private void open(BacklogRow row) {
        if (row == null) {
            return;
        }
        new WorkOrderEditor(
                        table.getScene().getWindow(),
                        t,
                        editors.get(),
                        vm.workflowProperty().get(),
                        vm.peopleProperty().get(),
                        vm.machines(),
                        me,
                        this::changed)
                .showExisting(row.id(), msg -> showResults(List.of(msg)));
    }

    private void changed(String sentence) {
        vm.load();
        Confirm.saved(table, sentence);
    }

    /** Asks whom to assign the selected rows to (or nobody), then reports per row. */
    private void assign() {
        List<BacklogRow> rows = selected();
        Dialog<Person> d = new Dialog<>();
        d.initOwner(table.getScene().getWindow());
        d.setTitle(t.get("assign.title"));
        d.setHeaderText(t.get("assign.header", rows.size()));
        Person nobody = null;
        ComboBox<Person> who = new ComboBox<>(
                FXCollections.observableArrayList(vm.peopleProperty().get().active()));
        who.setId("woAssignPerson");
        who.setConverter(t.converter(Person::displayName));
        who.setPromptText(t.get("assign.nobody"));
        who.setValue(nobody);
        who.setMaxWidth(Double.MAX_VALUE);
        d.getDialogPane().setContent(new VBox(8, who));
        var ok = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        d.getDialogPane().lookupButton(ok).setId("woAssignOk");
        d.setResultConverter(b -> b == ok ? (who.getValue() == null ? NOBODY : who.getValue()) : null);
        d.showAndWait().ifPresent(p -> {
            boolean none = p == NOBODY;
            vm.assign(rows, none ? null : p.id(), none ? null : p.displayName(), this::showResults);
        });
    }

    /** A stand-in for "nobody" in the assign dialog's result (a Dialog's null result means cancelled). */
    private static final Person NOBODY = new Person(null, null, "", null, null, "", false, null, null, 0);

    private void showResults(List<String> lines) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(table.getScene().getWindow());
        d.setTitle(t.get("results.title"));
        d.setHeaderText(t.get("results.title"));
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(lines));
        list.setId("woResults");
        list.setPrefHeight(Math.min(400, 40 + lines.size() * 32));
        list.setPrefWidth(640);
        d.getDialogPane().setContent(list);
        d.getDialogPane().getButtonTypes().add(DialogButtons.close());
        d.show();
    }

    /** Not sortable by header: a page is sorted in SQL (the sort list above), never one page on screen. */
    private static String due(BacklogRow r) {
        return SHORT.format(r.dueAt().atZoneSameInstant(ZoneId.systemDefault()));
    }

    /** The machine's label ("L3-LS3", as on the machine), its name when the pointer rests on it. */
    private TableColumn<BacklogRow, String> machineColumn() {
        TableColumn<BacklogRow, String> c =
                col(t.get("col.asset"), r -> r.assetCode() == null ? "" : r.assetCode(), 90);
        c.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                BacklogRow r = empty ? null : getTableRow().getItem();
                setText(empty ? null : code);
                setTooltip(r == null || r.assetName() == null ? null : new Tooltip(r.assetName()));
            }
        });
        return c;
    }

    private static TableColumn<BacklogRow, String> col(String title, Function<BacklogRow, String> value, double min) {
        TableColumn<BacklogRow, String> c = Columns.text(title, value, min);
        c.setSortable(false);
        return c;
    }
}
