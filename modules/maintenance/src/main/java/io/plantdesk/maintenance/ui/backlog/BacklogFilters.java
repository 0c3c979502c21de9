package io.plantdesk.maintenance.ui.backlog;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.BacklogQuery;
import io.plantdesk.maintenance.BacklogSort;
import io.plantdesk.maintenance.SavedFilter;
import io.plantdesk.maintenance.SavedFilterService;
import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.maintenance.ui.WorkOrderTexts;
import io.plantdesk.platform.people.Person;
import io.plantdesk.ui.keys.Shortcut;
import io.plantdesk.ui.keys.Shortcuts;
import io.plantdesk.ui.widgets.Confirm;
import io.plantdesk.ui.widgets.DialogButtons;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The backlog's search field (Ctrl+F) and filter bar: status, type, priority, machine, assignee,
 * overdue, and the sort. Each narrows the SQL query through the view model, never the page on
 * screen (one page of fifty filtered would hide matches on the others).
 */
final class BacklogFilters {

    private final BacklogViewModel vm;
    private final WorkOrderTexts t;

    BacklogFilters(BacklogViewModel vm, WorkOrderTexts t) {
        this.vm = vm;
        this.t = t;
    }

    private BacklogQuery q() {
        return vm.queryProperty().get();
    }

    /** Searches as one types (after a short pause), at once on Enter; Escape clears it. */
    TextField searchField() {
        TextField search = new TextField();
        search.setId("woSearch");
        search.setPromptText(t.get("search.prompt"));
        search.getStyleClass().add("search-field");
        search.setPrefColumnCount(16);
        search.setMinWidth(120);
        Shortcuts.mark(search, Shortcut.SEARCH);
        PauseTransition pause = new PauseTransition(Duration.millis(300));
        pause.setOnFinished(e -> vm.narrow(q().withText(search.getText())));
        search.textProperty().addListener((obs, was, now) -> pause.playFromStart());
        search.setOnAction(e -> {
            pause.stop();
            vm.narrow(q().withText(search.getText()));
        });
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                pause.stop();
                vm.narrow(q().withText(""));
                e.consume();
            }
        });
        return search;
    }

    /** The filter bar, wrapping onto a second line where the window is narrow. */
    FlowPane bar() {
        MenuButton status = enumMenu(
                "woFilterStatus",
                t.get("filter.status"),
                WorkOrderStatus.values(),
                t::status,
                BacklogQuery::statuses,
                BacklogQuery::withStatuses,
                WorkOrderStatus.class);
        MenuButton type = enumMenu(
                "woFilterType",
                t.get("filter.type"),
                WorkOrderType.values(),
                t::type,
                BacklogQuery::types,
                (qq, v) -> qq.withFilters(v, qq.priorities(), qq.assetId(), qq.assigneeId(), qq.tag(), qq.overdue()),
                WorkOrderType.class);
        MenuButton priority = enumMenu(
                "woFilterPriority",
                t.get("filter.priority"),
                Priority.values(),
                t::priority,
                BacklogQuery::priorities,
                (qq, v) -> qq.withFilters(qq.types(), v, qq.assetId(), qq.assigneeId(), qq.tag(), qq.overdue()),
                Priority.class);

        ComboBox<Asset> machine = new ComboBox<>(vm.machines());
        machine.setId("woFilterAsset");
        machine.setPromptText(t.get("filter.asset.any"));
        machine.setConverter(t.converter(a -> a.code() + "  " + a.name()));
        machine.setVisibleRowCount(12);
        machine.valueProperty().addListener((o, a, b) -> {
            BacklogQuery qq = q();
            vm.narrow(qq.withFilters(
                    qq.types(), qq.priorities(), b == null ? null : b.id(), qq.assigneeId(), qq.tag(), qq.overdue()));
        });
        ComboBox<Person> assignee = new ComboBox<>();
        assignee.setId("woFilterAssignee");
        assignee.setPromptText(t.get("filter.assignee.any"));
        assignee.setConverter(t.converter(Person::displayName));
        vm.peopleProperty().addListener((o, a, b) -> assignee.getItems().setAll(b.active()));
        assignee.valueProperty().addListener((o, a, b) -> {
            BacklogQuery qq = q();
            UUID id = b == null ? null : b.id();
            vm.narrow(qq.withFilters(qq.types(), qq.priorities(), qq.assetId(), id, qq.tag(), qq.overdue()));
        });
        // A saved filter applied (or Clear) sets the query: the pickers follow it.
        vm.queryProperty().addListener((o, a, b) -> {
            if (machine.getValue() == null
                    ? b.assetId() != null
                    : !machine.getValue().id().equals(b.assetId())) {
                machine.setValue(vm.machines().stream()
                        .filter(x -> x.id().equals(b.assetId()))
                        .findFirst()
                        .orElse(null));
            }
            if (assignee.getValue() == null
                    ? b.assigneeId() != null
                    : !assignee.getValue().id().equals(b.assigneeId())) {
                assignee.setValue(assignee.getItems().stream()
                        .filter(x -> x.id().equals(b.assigneeId()))
                        .findFirst()
                        .orElse(null));
            }
        });
        CheckBox overdue = new CheckBox(t.get("filter.overdue"));
        vm.queryProperty().addListener((o, a, b) -> overdue.setSelected(b.overdue()));
        overdue.setId("woFilterOverdue");
        overdue.selectedProperty().addListener((o, a, b) -> {
            BacklogQuery qq = q();
            vm.narrow(qq.withFilters(qq.types(), qq.priorities(), qq.assetId(), qq.assigneeId(), qq.tag(), b));
        });

        ChoiceBox<BacklogSort> sort = new ChoiceBox<>(FXCollections.observableArrayList(BacklogSort.values()));
        sort.setId("woSort");
        sort.setConverter(t.converter(s -> t.get("sort." + s.name().toLowerCase(Locale.ROOT))));
        sort.setValue(q().sort());
        ToggleButton descending = new ToggleButton(null, new FontIcon(Material2AL.ARROW_DOWNWARD));
        descending.setId("woSortDescending");
        descending.setAccessibleText(t.get("sort.descending"));
        descending.setTooltip(new Tooltip(t.get("sort.descending")));
        descending.setSelected(q().descending());
        sort.valueProperty().addListener((o, a, b) -> vm.sort(b, descending.isSelected()));
        descending.selectedProperty().addListener((o, a, b) -> vm.sort(sort.getValue(), b));

        Button clear = new Button(t.get("filter.clear"), new FontIcon(Material2AL.CLEAR_ALL));
        clear.setId("woFilterClear");
        clear.setOnAction(e -> {
            machine.setValue(null);
            assignee.setValue(null);
            overdue.setSelected(false);
            BacklogQuery qq = q();
            vm.narrow(qq.withStatuses(Set.of()).withFilters(Set.of(), Set.of(), null, null, null, false));
        });

        Label sortLabel = new Label(t.get("sort.label"));
        sortLabel.setLabelFor(sort);
        vm.queryProperty().addListener((o, a, b) -> {
            sort.setValue(b.sort());
            descending.setSelected(b.descending());
        });
        FlowPane bar = new FlowPane(
                8, 8, status, type, priority, machine, assignee, overdue, sortLabel, sort, descending, clear, saved());
        bar.getStyleClass().add("wo-filter-bar");
        return bar;
    }

    /**
     * Saved filters: apply one (the person's own, then those shared with the plant), save the
     * current filters, search and sort under a name, and rename, share or delete one's own.
     */
    private MenuButton saved() {
        MenuButton menu = new MenuButton(t.get("saved.menu"), new FontIcon(Material2AL.BOOKMARKS));
        menu.setId("woSaved");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        Runnable fill = () -> {
            menu.getItems().clear();
            if (vm.saved().isEmpty()) {
                MenuItem none = new MenuItem(t.get("saved.none"));
                none.setDisable(true);
                menu.getItems().add(none);
            }
            int i = 0;
            for (SavedFilter n : vm.saved()) {
                MenuItem apply = new MenuItem(
                        !n.mine()
                                ? t.get("saved.by", n.name(), n.ownerName())
                                : n.shared() ? t.get("saved.mine.shared", n.name()) : n.name());
                apply.setId("woSavedApply" + i++);
                apply.setOnAction(e -> vm.apply(n));
                menu.getItems().add(apply);
            }
            menu.getItems().add(new SeparatorMenuItem());
            MenuItem save = new MenuItem(t.get("saved.save"));
            save.setId("woSavedSave");
            save.setOnAction(e -> askName(menu, null));
            menu.getItems().add(save);
            for (SavedFilter n : vm.saved().filtered(SavedFilter::mine)) {
                Menu manage = new Menu(t.get("saved.manage", n.name()));
                MenuItem rename = new MenuItem(t.get("saved.rename"));
                rename.setOnAction(e -> askName(menu, n));
                MenuItem share = new MenuItem(t.get(n.shared() ? "saved.unshare" : "saved.share"));
                share.setOnAction(e -> vm.shareFilters(n, !n.shared(), msg -> Confirm.saved(menu, msg)));
                MenuItem delete = new MenuItem(t.get("saved.delete", n.name()));
                delete.setOnAction(e -> vm.deleteFilters(n, msg -> Confirm.saved(menu, msg)));
                manage.getItems().addAll(rename, share, delete);
                menu.getItems().add(manage);
            }
        };
        vm.saved().addListener((ListChangeListener<SavedFilter>) c -> fill.run());
        fill.run();
        return menu;
    }

    /** Why the last change to the saved filters was refused, under the bar; hidden when nothing was. */
    Label savedProblem() {
        Label problem = new Label();
        problem.setId("woSavedProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.savedProblemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        return problem;
    }

    /** Asks for a name (and, saving, whether the plant may use it); {@code renaming} null saves the current filters. */
    private void askName(Node anchor, SavedFilter renaming) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(anchor.getScene().getWindow());
        d.setTitle(t.get(renaming == null ? "saved.title" : "saved.rename.title"));
        d.setHeaderText(t.get("saved.name"));
        TextField name = new TextField(renaming == null ? "" : renaming.name());
        name.setId("woSavedName");
        name.setPrefColumnCount(24);
        CheckBox shared = new CheckBox(t.get("saved.shared"));
        shared.setId("woSavedShared");
        shared.setVisible(renaming == null);
        shared.setManaged(renaming == null);
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        d.getDialogPane().setContent(new VBox(8, name, shared, problem));
        var ok = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        d.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            String typed = name.getText() == null ? "" : name.getText().strip();
            if (typed.isEmpty() || typed.length() > SavedFilterService.NAME_MAX) {
                problem.setText(t.get("saved.name.empty", SavedFilterService.NAME_MAX));
                e.consume();
            }
        });
        d.setResultConverter(b -> b == ok ? name.getText() : null);
        d.showAndWait().ifPresent(n -> {
            Consumer<String> done = msg -> Confirm.saved(anchor, msg);
            if (renaming == null) {
                vm.saveFilters(n, shared.isSelected(), done);
            } else {
                vm.renameFilters(renaming, n, done);
            }
        });
    }

    /** A header-like menu of check items; its text says how many are chosen ("Status: 2 chosen"). */
    private <E extends Enum<E>> MenuButton enumMenu(
            String id,
            String title,
            E[] values,
            Function<E, String> words,
            Function<BacklogQuery, Set<E>> get,
            BiFunction<BacklogQuery, Set<E>, BacklogQuery> with,
            Class<E> type) {
        MenuButton menu = new MenuButton(title, new FontIcon(Material2AL.FILTER_LIST));
        menu.setId(id);
        for (E v : values) {
            CheckMenuItem item = new CheckMenuItem(words.apply(v));
            item.setId(id + "_" + v.name());
            item.setSelected(get.apply(q()).contains(v));
            item.setOnAction(e -> {
                Set<E> now = get.apply(q()).isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(get.apply(q()));
                if (item.isSelected()) {
                    now.add(v);
                } else {
                    now.remove(v);
                }
                vm.narrow(with.apply(q(), now));
            });
            vm.queryProperty()
                    .addListener((o, a, b) -> item.setSelected(get.apply(b).contains(v)));
            menu.getItems().add(item);
        }
        Runnable show = () -> {
            Set<E> chosen = get.apply(q());
            menu.setText(
                    chosen.isEmpty()
                            ? title
                            : chosen.size() == 1
                                    ? t.get(
                                            "filter.on",
                                            title,
                                            words.apply(chosen.iterator().next()))
                                    : t.get("filter.count", title, chosen.size()));
            menu.getStyleClass().remove("filter-on");
            if (!chosen.isEmpty()) {
                menu.getStyleClass().add("filter-on");
            }
        };
        vm.queryProperty().addListener((o, a, b) -> show.run());
        show.run();
        return menu;
    }
}
