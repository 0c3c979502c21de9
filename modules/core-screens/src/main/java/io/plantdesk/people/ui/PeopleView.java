package io.plantdesk.people.ui;

import io.plantdesk.platform.people.Person;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.i18n.RoleNames;
import io.plantdesk.ui.keys.Shortcut;
import io.plantdesk.ui.keys.Shortcuts;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.Confirm;
import io.plantdesk.ui.widgets.KeepSelection;
import io.plantdesk.ui.widgets.StateView;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
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

/** The People screen: a paged table with add, edit and reset-password actions. */
public final class PeopleView {

    private static final Formats FORMATS = Formats.system();

    private final PeopleViewModel vm;
    private final Messages m;
    private final RoleNames roles = new RoleNames();

    public PeopleView(PeopleViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    public Node build() {
        TableView<Person> table = new TableView<>(vm.rows());
        table.setId("peopleTable");
        KeepSelection.byKey(table, Person::id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns()
                .add(col(
                        m.get("people.name"),
                        p -> p.displayName() + (vm.isMe(p) ? "  (" + m.get("people.you") + ")" : "")));
        table.getColumns().add(col(m.get("people.login"), Person::loginRole));
        PeopleFilters filters = new PeopleFilters(vm, m);
        TableColumn<Person, String> roleColumn = col(m.get("people.role"), p -> roles.toString(p.appRole()));
        filters.roleHeader(roleColumn);
        table.getColumns().add(roleColumn);
        table.getColumns().add(col(m.get("people.phone"), p -> p.phone() == null ? "" : p.phone()));
        TableColumn<Person, String> statusColumn =
                col(m.get("people.status"), p -> p.active() ? m.get("people.active") : m.get("people.inactive"));
        filters.statusHeader(statusColumn);
        table.getColumns().add(statusColumn);
        Label noMatch = new Label(m.get("people.nomatch"));
        noMatch.setWrapText(true);
        table.setPlaceholder(noMatch);
        table.getColumns()
                .add(col(
                        m.get("people.updated"),
                        p -> m.get(
                                "people.updated.value",
                                FORMATS.dateTime(p.updatedAt()),
                                who(p.updatedBy(), vm.rows(), m))));
        table.setRowFactory(tv -> {
            TableRow<Person> row = new TableRow<>();
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
                        m.get("people.loading"),
                        m.get("people.empty"),
                        m.get("people.empty.hint"),
                        m.get("people.add"),
                        () -> add(table),
                        m.get("people.error"),
                        m.get("retry"),
                        vm::load));

        Label title = new Label(m.get("people.title"));
        title.getStyleClass().add("page-title");
        // The search field gives way first: the title is never cut to "Peo...".
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button add = new Button(m.get("people.add"), new FontIcon(Material2MZ.PERSON_ADD));
        add.setId("addPerson");
        Shortcuts.mark(add, Shortcut.NEW);
        add.getStyleClass().add("accent");
        add.setOnAction(e -> add(table));
        Button edit = new Button(m.get("people.edit"), new FontIcon(Material2AL.EDIT));
        edit.setId("editPerson");
        Shortcuts.mark(edit, Shortcut.EDIT);
        edit.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit(table, table.getSelectionModel().getSelectedItem()));
        Button reset = new Button(m.get("people.reset"), new FontIcon(Material2AL.LOCK_OPEN));
        reset.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        reset.setOnAction(e -> {
            Person p = table.getSelectionModel().getSelectedItem();
            PersonDialogs.resetPassword(
                    table.getScene().getWindow(), m, p, (pw, done, failed) -> vm.resetPassword(p, pw, done, failed));
        });
        Button reload = new Button(null, new FontIcon(Material2MZ.REFRESH));
        reload.setOnAction(e -> vm.load());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, filters.searchField(), reload, reset, edit, add);
        // The buttons keep their words in Floor mode on a 1280 px window; the search field gives way.
        for (Button b : new Button[] {reload, reset, edit, add}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        header.getStyleClass().add("page-header");

        Button prev = new Button(null, new FontIcon(Material2AL.CHEVRON_LEFT));
        prev.setOnAction(e -> vm.previous());
        Button next = new Button(null, new FontIcon(Material2AL.CHEVRON_RIGHT));
        next.setOnAction(e -> vm.next());
        Label range = new Label();
        range.setId("peopleRange");
        range.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.totalProperty().get() == 0
                                ? ""
                                : m.get(
                                        "people.range",
                                        vm.offsetProperty().get() + 1,
                                        Math.min(
                                                vm.offsetProperty().get() + PeopleViewModel.PAGE_SIZE,
                                                vm.totalProperty().get()),
                                        vm.totalProperty().get()),
                        vm.offsetProperty(),
                        vm.totalProperty()));
        prev.disableProperty()
                .bind(Bindings.createBooleanBinding(() -> !vm.hasPrevious(), vm.offsetProperty(), vm.totalProperty()));
        next.disableProperty()
                .bind(Bindings.createBooleanBinding(() -> !vm.hasNext(), vm.offsetProperty(), vm.totalProperty()));
        HBox pager = new HBox(8, range, prev, next);
        pager.setAlignment(Pos.CENTER_RIGHT);
        pager.visibleProperty().bind(vm.loadState().stateProperty().isEqualTo(StateView.State.CONTENT));

        VBox body = new VBox(states, pager);
        body.getStyleClass().add("page-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        return root;
    }

    private void add(Node anchor) {
        PersonDialogs.add(
                anchor.getScene().getWindow(),
                m,
                (p, done, failed) -> vm.add(
                        p,
                        () -> {
                            done.run();
                            Confirm.saved(anchor, m.get("people.saved.added", p.displayName()));
                        },
                        failed));
    }

    private void edit(Node anchor, Person p) {
        PersonDialogs.edit(
                anchor.getScene().getWindow(),
                m,
                p,
                vm.isMe(p),
                (edited, done, failed) -> vm.edit(
                        p,
                        edited.displayName(),
                        edited.phone(),
                        edited.appRole(),
                        edited.active(),
                        () -> {
                            done.run();
                            Confirm.saved(anchor, m.get("people.saved.changed", edited.displayName()));
                        },
                        failed));
    }

    /** Not sortable: a page is sorted in SQL, and sorting one page of fifty would mislead. */
    private static TableColumn<Person, String> col(String title, Function<Person, String> value) {
        TableColumn<Person, String> c = Columns.text(title, value);
        c.setSortable(false);
        return c;
    }

    /**
     * Who made a change, as a person's name: the audit stamps hold PostgreSQL login roles. The
     * set-up roles (the server's superuser, Plantdesk's own) read as "Plantdesk set-up".
     */
    static String who(String login, List<Person> people, Messages m) {
        if (login == null || login.isBlank()) {
            return m.get("people.by.unknown");
        }
        return people.stream()
                .filter(p -> login.equals(p.loginRole()))
                .map(Person::displayName)
                .findFirst()
                .orElse(login.equals("postgres") || login.startsWith("plantdesk_") ? m.get("people.by.setup") : login);
    }
}
