package io.plantdesk.people.ui;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.PeopleQuery;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.i18n.RoleNames;
import io.plantdesk.ui.keys.Shortcut;
import io.plantdesk.ui.keys.Shortcuts;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The People list's search field (Ctrl+F) and its column-header filters for role and status.
 * Each narrows the SQL query through the view model, never the page on screen: filtering one
 * page of fifty would hide matches on the other pages and miscount the total.
 */
final class PeopleFilters {

    private static final RoleNames ROLES = new RoleNames();

    private final PeopleViewModel vm;
    private final Messages m;

    PeopleFilters(PeopleViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    /** Searches as one types (after a short pause), at once on Enter; Escape clears it. */
    TextField searchField() {
        TextField search = new TextField(vm.queryProperty().get().text());
        search.setId("peopleSearch");
        search.setPromptText(m.get("people.search.prompt"));
        search.getStyleClass().add("search-field");
        search.setPrefColumnCount(18);
        search.setMinWidth(120);
        Shortcuts.mark(search, Shortcut.SEARCH);
        PauseTransition pause = new PauseTransition(Duration.millis(250));
        pause.setOnFinished(e -> vm.narrow(vm.queryProperty().get().withText(search.getText())));
        search.textProperty().addListener((obs, was, now) -> pause.playFromStart());
        search.setOnAction(e -> {
            pause.stop();
            vm.narrow(vm.queryProperty().get().withText(search.getText()));
        });
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                pause.stop();
                vm.narrow(vm.queryProperty().get().withText(""));
                e.consume();
            }
        });
        return search;
    }

    /** A role column whose header opens a list of roles to show. */
    void roleHeader(TableColumn<?, ?> column) {
        String title = column.getText();
        MenuButton menu = header(column, "peopleRoleFilter");
        ToggleGroup group = new ToggleGroup();
        menu.getItems()
                .add(item(group, m.get("people.filter.allRoles"), null, PeopleQuery::role, PeopleQuery::withRole));
        for (AppRole r : AppRole.values()) {
            menu.getItems().add(item(group, ROLES.toString(r), r, PeopleQuery::role, PeopleQuery::withRole));
        }
        follow(menu, title, q -> q.role() == null ? null : ROLES.toString(q.role()));
    }

    /** A status column whose header opens active / deactivated / both. */
    void statusHeader(TableColumn<?, ?> column) {
        String title = column.getText();
        MenuButton menu = header(column, "peopleStatusFilter");
        ToggleGroup group = new ToggleGroup();
        menu.getItems()
                .add(item(group, m.get("people.filter.allStatus"), null, PeopleQuery::active, PeopleQuery::withActive));
        menu.getItems().add(item(group, m.get("people.active"), true, PeopleQuery::active, PeopleQuery::withActive));
        menu.getItems().add(item(group, m.get("people.inactive"), false, PeopleQuery::active, PeopleQuery::withActive));
        follow(menu, title, q -> q.active() == null ? null : m.get(q.active() ? "people.active" : "people.inactive"));
    }

    private MenuButton header(TableColumn<?, ?> column, String id) {
        MenuButton menu = new MenuButton(column.getText(), new FontIcon(Material2AL.FILTER_LIST));
        menu.setId(id);
        menu.getStyleClass().addAll("flat", "column-filter");
        menu.setMaxWidth(Double.MAX_VALUE);
        column.setGraphic(menu);
        column.setText(null);
        return menu;
    }

    /** The header reads "Role" when it shows everyone and "Role: Operator" when it filters. */
    private void follow(MenuButton menu, String title, Function<PeopleQuery, String> chosen) {
        Runnable show = () -> {
            String c = chosen.apply(vm.queryProperty().get());
            menu.setText(c == null ? title : m.get("people.filter.on", title, c));
            if (c == null) {
                menu.getStyleClass().remove("filter-on");
            } else if (!menu.getStyleClass().contains("filter-on")) {
                menu.getStyleClass().add("filter-on");
            }
        };
        vm.queryProperty().addListener((obs, was, now) -> show.run());
        show.run();
    }

    private <V> RadioMenuItem item(
            ToggleGroup group,
            String text,
            V value,
            Function<PeopleQuery, V> get,
            BiFunction<PeopleQuery, V, PeopleQuery> with) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        item.setSelected(Objects.equals(get.apply(vm.queryProperty().get()), value));
        item.setOnAction(e -> vm.narrow(with.apply(vm.queryProperty().get(), value)));
        vm.queryProperty().addListener((obs, was, now) -> item.setSelected(Objects.equals(get.apply(now), value)));
        return item;
    }
}
