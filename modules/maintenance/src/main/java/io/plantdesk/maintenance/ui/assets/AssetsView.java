package io.plantdesk.maintenance.ui.assets;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.Meter;
import io.plantdesk.maintenance.assets.AssetBrowser;
import io.plantdesk.maintenance.assets.AssetHistoryRow;
import io.plantdesk.maintenance.assets.AssetNode;
import io.plantdesk.maintenance.assets.MeterReading;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Columns;
import io.plantdesk.ui.widgets.Forms;
import io.plantdesk.ui.widgets.StateView;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The plant's assets as a tree (site, line, machine, component), each branch loaded when it
 * opens; the chosen asset's details, meters with their readings, and its work orders, paged.
 */
public final class AssetsView {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(Locale.getDefault());
    private final AssetsViewModel vm;
    private final Messages m;
    private final AssetActions actions;
    private final Map<UUID, TreeItem<AssetNode>> items = new HashMap<>();
    private final Map<UUID, ChangeListener<Boolean>> pending = new HashMap<>();
    private TreeView<AssetNode> tree;

    public AssetsView(AssetsViewModel vm, Messages m, AssetActions actions) {
        this.vm = vm;
        this.m = m;
        this.actions = actions;
    }

    public Node build() {
        Label title = new Label(m.get("assets.title"));
        title.getStyleClass().add("page-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer);
        header.getChildren().addAll(actions.buttons(this));
        header.getStyleClass().add("page-header");
        header.setAlignment(Pos.CENTER_LEFT);

        TreeItem<AssetNode> root = new TreeItem<>();
        tree = new TreeView<>(root);
        tree.setId("assetTree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(AssetNode a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : m.get("assets.node", a.code(), a.name(), kind(a)));
            }
        });
        vm.sites().addListener((ListChangeListener<AssetNode>) c -> {
            root.getChildren().setAll(vm.sites().stream().map(this::item).toList());
            reveal.run();
        });
        tree.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, b) -> vm.selectedProperty().set(b == null ? null : b.getValue()));
        tree.setMinWidth(260);

        GridPane details = Forms.grid();
        details.setId("assetDetails");
        vm.selectedProperty().addListener((o, a, b) -> fillDetails(details, b));
        fillDetails(details, null);

        TableView<Meter> meters = new TableView<>(vm.meters());
        meters.setId("assetMeters");
        meters.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        meters.getColumns().add(Columns.text(m.get("assets.meter"), Meter::name, 120));
        meters.getColumns()
                .add(Columns.text(
                        m.get("assets.meter.kind"),
                        mt -> m.get("assets.meter." + mt.kind().name().toLowerCase(Locale.ROOT))));
        meters.getColumns().add(Columns.text(m.get("assets.meter.total"), mt -> number(mt.total())));
        meters.getColumns().add(Columns.text(m.get("assets.meter.read"), mt -> when(mt.readAt())));
        meters.setPlaceholder(new Label(m.get("assets.meters.none")));
        meters.setPrefHeight(110);
        meters.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedMeterProperty().set(b);
            }
        });
        TableView<MeterReading> readings = new TableView<>(vm.readings());
        readings.setId("assetReadings");
        readings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        readings.getColumns().add(Columns.text(m.get("assets.reading.at"), r -> when(r.readAt())));
        readings.getColumns()
                .add(Columns.text(
                        m.get("assets.reading.added"), r -> r.delta() == null ? "" : "+" + number(r.delta())));
        readings.getColumns().add(Columns.text(m.get("assets.meter.total"), r -> number(r.total())));
        readings.setPlaceholder(new Label(m.get("assets.readings.none")));
        readings.setPrefHeight(140);

        TableView<AssetHistoryRow> history = new TableView<>(vm.history());
        history.setId("assetHistory");
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.getColumns().add(Columns.text(m.get("assets.wo.number"), h -> String.valueOf(h.number())));
        history.getColumns().add(Columns.text(m.get("assets.wo.title"), AssetHistoryRow::title, 160));
        history.getColumns()
                .add(Columns.text(
                        m.get("assets.wo.type"),
                        h -> m.get("assets.type." + h.type().name().toLowerCase(Locale.ROOT))));
        history.getColumns()
                .add(Columns.text(
                        m.get("assets.wo.status"),
                        h -> m.get("assets.status." + h.status().name().toLowerCase(Locale.ROOT))));
        history.getColumns().add(Columns.text(m.get("assets.wo.requested"), h -> when(h.requestedAt())));
        history.getColumns().add(Columns.text(m.get("assets.wo.completed"), h -> when(h.completedAt())));
        history.setPlaceholder(new Label(m.get("assets.history.none")));
        Button newer = new Button(m.get("assets.newer"));
        newer.setId("assetHistoryNewer");
        newer.disableProperty().bind(vm.historyOffsetProperty().isEqualTo(0));
        newer.setOnAction(e -> vm.newerPage());
        Button older = new Button(m.get("assets.older"));
        older.setId("assetHistoryOlder");
        older.disableProperty().bind(vm.historyMoreProperty().not());
        older.setOnAction(e -> vm.olderPage());
        Label range = new Label();
        range.setId("assetHistoryRange");
        range.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.history().isEmpty()
                                ? ""
                                : m.get(
                                        "assets.range",
                                        vm.historyOffsetProperty().get() + 1,
                                        vm.historyOffsetProperty().get()
                                                + vm.history().size()),
                        vm.history(),
                        vm.historyOffsetProperty()));
        HBox pager = new HBox(8, newer, older, range);
        pager.setAlignment(Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(vm.problemProperty().isNotEmpty());

        Label metersTitle = section(m.get("assets.meters"));
        Label historyTitle = section(m.get("assets.history"));
        // Until an asset is picked only the hint shows: empty tables would read as "this asset has none".
        for (Node n : List.of(metersTitle, meters, readings, historyTitle, history, pager)) {
            n.visibleProperty().bind(vm.selectedProperty().isNotNull());
            n.managedProperty().bind(n.visibleProperty());
        }
        VBox right = new VBox(
                8,
                problem,
                section(m.get("assets.details")),
                details,
                metersTitle,
                meters,
                readings,
                historyTitle,
                history,
                pager,
                actions.pmSection());
        right.setMinWidth(0);
        history.setPrefHeight(260);
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(tree, rightScroll);
        split.setDividerPositions(0.38);
        StateView states = new StateView(split);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(
                vm.load(),
                new StateView.Texts(
                        m.get("assets.loading"),
                        m.get("assets.empty"),
                        m.get("assets.empty.hint"),
                        null,
                        null,
                        m.get("assets.error"),
                        m.get("assets.retry"),
                        vm::refresh));
        VBox body = new VBox(states);
        body.getStyleClass().add("page-body");
        BorderPane page = new BorderPane(body);
        page.setTop(header);
        return page;
    }

    private Runnable reveal = () -> {};

    /**
     * After a save: the saved asset's branch loads again (its parent's children, or the sites),
     * opens, and the asset is selected, so the planner sees what was made where it now sits.
     */
    void show(Asset saved) {
        Runnable select = () -> {
            TreeItem<AssetNode> it = items.get(saved.id());
            if (it != null) {
                tree.getSelectionModel().select(it);
                tree.scrollTo(Math.max(0, tree.getRow(it)));
            }
        };
        // Moved to another parent: it leaves the branch it was shown under now, not when the screen
        // is opened again (its new branch loads below, or the sites do).
        TreeItem<AssetNode> was = items.get(saved.id());
        TreeItem<AssetNode> wasUnder = was == null ? null : was.getParent();
        if (wasUnder != null) {
            UUID from = wasUnder.getValue() == null ? null : wasUnder.getValue().id();
            if (!Objects.equals(from, saved.parentId())) {
                wasUnder.getChildren().remove(was);
                items.remove(saved.id());
            }
        }
        TreeItem<AssetNode> parent = saved.parentId() == null ? null : items.get(saved.parentId());
        if (parent == null || parent.getValue() == null) {
            reveal = () -> {
                reveal = () -> {};
                select.run();
            };
            vm.refresh();
            return;
        }
        ChangeListener<Boolean> lazy = pending.remove(saved.parentId());
        if (lazy != null) {
            parent.expandedProperty().removeListener(lazy);
        }
        vm.children(parent.getValue(), list -> {
            parent.getChildren()
                    .setAll(list.stream()
                            .limit(AssetBrowser.MAX_CHILDREN)
                            .map(this::item)
                            .toList());
            parent.setExpanded(true);
            select.run();
        });
    }

    /** A branch that loads its children the first time it opens (a "loading" child until then). */
    private TreeItem<AssetNode> item(AssetNode a) {
        TreeItem<AssetNode> item = new TreeItem<>(a);
        items.put(a.id(), item);
        if (a.children() > 0) {
            item.getChildren().add(new TreeItem<>());
            ChangeListener<Boolean> lazy = new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean open) {
                    if (open) {
                        item.expandedProperty().removeListener(this);
                        pending.remove(a.id());
                        vm.children(a, list -> {
                            List<TreeItem<AssetNode>> kids = list.stream()
                                    .limit(AssetBrowser.MAX_CHILDREN)
                                    .map(AssetsView.this::item)
                                    .toList();
                            item.getChildren().setAll(kids);
                        });
                    }
                }
            };
            pending.put(a.id(), lazy);
            item.expandedProperty().addListener(lazy);
        }
        return item;
    }

    private void fillDetails(GridPane g, AssetNode a) {
        g.getChildren().clear();
        if (a == null) {
            Label pick = new Label(m.get("assets.pick"));
            pick.getStyleClass().add("text-muted");
            g.add(pick, 0, 0);
            return;
        }
        int r = 0;
        r = row(g, r, m.get("assets.kind"), kind(a));
        r = row(g, r, m.get("assets.code"), a.code());
        r = row(g, r, m.get("assets.name"), a.name());
        r = row(g, r, m.get("assets.asset.type"), a.assetType());
        r = row(g, r, m.get("assets.make"), join(a.manufacturer(), a.model()));
        r = row(g, r, m.get("assets.serial"), a.serial());
        r = row(g, r, m.get("assets.criticality"), m.get("assets.criticality." + a.criticality()));
        r = row(g, r, m.get("assets.location"), a.location());
        row(
                g,
                r,
                m.get("assets.installed"),
                a.installedOn() == null
                        ? null
                        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                .withLocale(Locale.getDefault())
                                .format(a.installedOn()));
    }

    private int row(GridPane g, int r, String label, String value) {
        if (value == null || value.isBlank()) {
            return r;
        }
        Label v = new Label(value);
        v.setWrapText(true);
        v.setMinHeight(Region.USE_PREF_SIZE);
        g.addRow(r, new Label(label), v);
        return r + 1;
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
    }

    private String kind(AssetNode a) {
        return m.get("assets.kind." + a.kind().name().toLowerCase(Locale.ROOT));
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static String when(OffsetDateTime t) {
        return t == null ? "" : WHEN.format(t.atZoneSameInstant(ZoneId.systemDefault()));
    }

    private static String number(BigDecimal n) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.getDefault());
        f.setMaximumFractionDigits(2);
        return n == null ? "" : f.format(n);
    }
}
