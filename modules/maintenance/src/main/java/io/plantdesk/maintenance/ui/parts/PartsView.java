package io.plantdesk.maintenance.ui.parts;

import io.plantdesk.maintenance.MovementKind;
import io.plantdesk.maintenance.Part;
import io.plantdesk.maintenance.ReorderSuggestion;
import io.plantdesk.maintenance.StockMovement;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.keys.Shortcut;
import io.plantdesk.ui.keys.Shortcuts;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.KeepSelection;
import io.plantdesk.ui.widgets.StateView;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * Parts above (low stock said in words and marked), the chosen part's unit cost, stock per location
 * and ledger below; a second tab lists what to order for the PM work ahead.
 */
public final class PartsView {

    static final String LOW = "part-low";
    private final PartsViewModel vm;
    private final Messages m;
    private final CatalogueModel catalogue;

    /** {@code catalogue} null: this person may not write parts, vendors or locations (no buttons). */
    public PartsView(PartsViewModel vm, Messages m, CatalogueModel catalogue) {
        this.vm = vm;
        this.m = m;
        this.catalogue = catalogue;
    }

    public Node build() {
        Label title = new Label(m.get("parts.title"));
        title.getStyleClass().add("page-title");
        TextField search = new TextField();
        search.setId("partsSearch");
        search.setPromptText(m.get("parts.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        Shortcuts.mark(search, Shortcut.SEARCH);
        CheckBox low = new CheckBox(m.get("parts.low.only"));
        low.setId("partsLowOnly");
        low.selectedProperty().bindBidirectional(vm.lowOnlyProperty());
        Button receive = new Button(m.get("parts.receive"), new FontIcon(Material2AL.ADD_BOX));
        receive.setId("partsReceive");
        Button adjust = new Button(m.get("parts.adjust"), new FontIcon(Material2MZ.TUNE));
        adjust.setId("partsAdjust");
        receive.disableProperty().bind(vm.selectedProperty().isNull());
        adjust.disableProperty().bind(vm.selectedProperty().isNull());
        receive.setOnAction(e -> MovementDialog.receive(
                receive.getScene().getWindow(), m, vm, vm.selectedProperty().get()));
        adjust.setOnAction(e -> MovementDialog.adjust(
                adjust.getScene().getWindow(), m, vm, vm.selectedProperty().get()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(title, spacer, search, low);
        top.getStyleClass().add("page-header");
        top.setAlignment(Pos.CENTER_LEFT);
        // The actions on a row of their own: with a planner's catalogue buttons beside the search,
        // every label was cut to "..." at 1280 px in Floor mode.
        // A flow, so that in Floor mode the planner's buttons go on to a second line, whole.
        FlowPane actions = new FlowPane(12, 8, receive, adjust);
        actions.setId("partsActions");
        actions.getStyleClass().add("parts-actions");
        actions.setAlignment(Pos.CENTER_LEFT);
        if (catalogue != null) {
            actions.getChildren().addAll(catalogueButtons());
        }
        actions.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
        VBox header = new VBox(top, actions);

        TableView<Part> parts = new TableView<>(vm.shown());
        parts.setId("partsTable");
        parts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        parts.getColumns().add(Columns.text(m.get("parts.code"), Part::code));
        parts.getColumns().add(Columns.text(m.get("parts.name"), Part::name, 160));
        parts.getColumns().add(Columns.text(m.get("parts.on.hand"), p -> qty(p.onHand()) + " " + p.unit()));
        parts.getColumns().add(Columns.text(m.get("parts.reorder.point"), p -> qty(p.reorderPoint())));
        parts.getColumns()
                .add(Columns.text(m.get("parts.state"), p -> p.low() ? m.get("parts.low") : m.get("parts.ok")));
        parts.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Part p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().remove(LOW);
                if (!empty && p != null && p.low()) {
                    getStyleClass().add(LOW);
                }
            }
        });
        parts.setPlaceholder(new Label(m.get("parts.none.match")));
        KeepSelection.byKey(parts, Part::id);
        parts.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, b) -> vm.selectedProperty().set(b));

        // The chosen part's stock per location as one line (a table beside the ledger made both
        // scroll sideways at 1280 px in Floor mode).
        Label stockLine = new Label();
        stockLine.setId("partsStockLine");
        stockLine.setWrapText(true);
        stockLine.setMinHeight(Region.USE_PREF_SIZE);
        stockLine.textProperty().bind(Bindings.createStringBinding(this::stockText, vm.stock(), vm.selectedProperty()));
        TableView<StockMovement> ledger = new TableView<>(vm.ledger());
        ledger.setId("partsLedger");
        ledger.getStyleClass().add("wrap-rows");
        ledger.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        DateTimeFormatter when =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(Locale.getDefault());
        ledger.getColumns()
                .add(Columns.text(
                        m.get("parts.when"), s -> when.format(s.at().atZoneSameInstant(ZoneId.systemDefault()))));
        ledger.getColumns().add(Columns.text(m.get("parts.movement"), s -> kind(s.kind())));
        ledger.getColumns()
                .add(Columns.text(
                        m.get("parts.quantity"),
                        s -> m.get("parts.quantity.at", signed(s.quantity()), vm.locationName(s.locationId()))));
        ledger.getColumns().add(Columns.text(m.get("parts.by"), s -> vm.who(s.createdBy())));
        // The reason wraps, so it gives way: the time column is a digit wider from 10:00 to 12:59 (a
        // 12-hour clock), which made the ledger scroll sideways in Floor mode at those hours.
        ledger.getColumns().add(WrapColumn.of(m.get("parts.reason"), s -> s.reason() == null ? "" : s.reason(), 130));
        Label ledgerEmpty = new Label();
        ledgerEmpty
                .textProperty()
                .bind(Bindings.when(vm.selectedProperty().isNull()).then("").otherwise(m.get("parts.ledger.none")));
        ledger.setPlaceholder(ledgerEmpty);
        Label detailTitle = new Label();
        detailTitle.getStyleClass().add("text-bold");
        detailTitle.setWrapText(true);
        detailTitle.setMinHeight(Region.USE_PREF_SIZE);
        detailTitle
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.selectedProperty().get() == null
                                ? m.get("parts.pick")
                                : m.get(
                                        "parts.of",
                                        vm.selectedProperty().get().code(),
                                        vm.selectedProperty().get().name(),
                                        cost(vm.selectedProperty().get())),
                        vm.selectedProperty()));
        Label ledgerTitle = new Label(m.get("parts.ledger"));
        ledgerTitle.getStyleClass().add("text-bold");
        VBox detail = new VBox(6, detailTitle, stockLine, ledgerTitle, ledger);
        VBox.setVgrow(ledger, Priority.ALWAYS);
        // The parts over the chosen part's detail, each the full width: side by side, neither fitted
        // at 1280 px in Floor mode.
        SplitPane split = new SplitPane(parts, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);

        TableView<ReorderSuggestion> reorder = new TableView<>(vm.suggestions());
        reorder.setId("partsReorder");
        reorder.getStyleClass().add("wrap-rows");
        reorder.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        reorder.getColumns().add(Columns.text(m.get("parts.code"), ReorderSuggestion::code));
        reorder.getColumns().add(WrapColumn.of(m.get("parts.name"), ReorderSuggestion::name, 200));
        reorder.getColumns().add(Columns.text(m.get("parts.on.hand"), r -> qty(r.onHand()) + " " + r.unit()));
        reorder.getColumns().add(Columns.text(m.get("parts.pm.need"), r -> qty(r.pmNeed())));
        reorder.getColumns().add(Columns.text(m.get("parts.reorder.point"), r -> qty(r.reorderPoint())));
        reorder.getColumns().add(Columns.text(m.get("parts.suggested"), r -> qty(r.suggested()) + " " + r.unit()));
        reorder.setPlaceholder(new Label(m.get("parts.reorder.none")));
        Label reorderHint = new Label(m.get("parts.reorder.hint", PartsViewModel.HORIZON_DAYS));
        reorderHint.getStyleClass().add("text-muted");
        reorderHint.setWrapText(true);
        reorderHint.setMinHeight(Region.USE_PREF_SIZE);
        VBox reorderBox = new VBox(8, reorderHint, reorder);
        VBox.setVgrow(reorder, Priority.ALWAYS);

        Tab stockTab = new Tab(m.get("parts.tab.stock"), split);
        Tab reorderTab = new Tab(m.get("parts.tab.reorder"), reorderBox);
        reorderTab.setId("partsReorderTab");
        TabPane tabs = new TabPane(stockTab, reorderTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        StateView states = new StateView(tabs);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(
                vm.load(),
                new StateView.Texts(
                        m.get("parts.loading"),
                        m.get("parts.empty"),
                        m.get("parts.empty.hint"),
                        null,
                        null,
                        m.get("parts.error"),
                        m.get("parts.retry"),
                        vm::refresh));
        VBox body = new VBox(states);
        body.getStyleClass().add("page-body");
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        return root;
    }

    /** New part (Ctrl+N), edit the chosen part (F2), vendors and locations: planners and admins only. */
    private List<Button> catalogueButtons() {
        Button add = new Button(m.get("catalogue.part.new"), new FontIcon(Material2AL.ADD));
        add.setId("partNew");
        Shortcuts.mark(add, Shortcut.NEW);
        add.setOnAction(e -> PartDialog.open(add.getScene().getWindow(), m, catalogue, vm.vendors(), null, p -> {}));
        Button edit = new Button(m.get("catalogue.part.edit"), new FontIcon(Material2AL.EDIT));
        edit.setId("partEdit");
        Shortcuts.mark(edit, Shortcut.EDIT);
        edit.disableProperty().bind(vm.selectedProperty().isNull());
        edit.setOnAction(e -> PartDialog.open(
                edit.getScene().getWindow(),
                m,
                catalogue,
                vm.vendors(),
                vm.selectedProperty().get(),
                p -> {}));
        Button more = new Button(m.get("catalogue.open"), new FontIcon(Material2AL.LOCAL_SHIPPING));
        more.setId("partsCatalogue");
        more.setOnAction(e -> CatalogueDialog.open(more.getScene().getWindow(), m, vm, catalogue));
        return List.of(add, edit, more);
    }

    /** "On hand: 22 box at Main store, 1 box at Line 1 cabinet", or that there is none. */
    private String stockText() {
        Part p = vm.selectedProperty().get();
        if (p == null) {
            return "";
        }
        if (vm.stock().isEmpty()) {
            return m.get("parts.stock.none");
        }
        return m.get(
                "parts.stock.line",
                String.join(
                        m.get("parts.stock.separator"),
                        vm.stock().stream()
                                .map(s -> m.get("parts.stock.at", qty(s.onHand()), p.unit(), s.locationName()))
                                .toList()));
    }

    private String cost(Part p) {
        return p.unitCost() == null ? m.get("parts.cost.none") : m.get("parts.cost", money(p.unitCost()), p.unit());
    }

    private String kind(MovementKind k) {
        return m.get("parts.kind." + k.name().toLowerCase(Locale.ROOT));
    }

    static String qty(BigDecimal q) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.getDefault());
        f.setMaximumFractionDigits(3);
        return q == null ? "" : f.format(q);
    }

    static String signed(BigDecimal q) {
        return q.signum() > 0 ? "+" + qty(q) : qty(q);
    }

    static String money(BigDecimal q) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.getDefault());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(q);
    }
}
