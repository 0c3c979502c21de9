package io.plantdesk.sewing.ui;

import io.plantdesk.sewing.LineBalance;
import io.plantdesk.sewing.Operation;
import io.plantdesk.sewing.Precedence;
import io.plantdesk.sewing.Style;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.StateView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The operation bulletin editor: pick a style, see its operations with what each waits for, add
 * or remove precedence, and balance the line for the minutes available and the output aimed at:
 * takt time, operators needed and allocated per operation, and the bottleneck operation marked by
 * a word and a thick edge (sewing.css), never by colour alone.
 */
public final class BulletinView {

    /** One table row: the operation, the names it waits for, and its share of the balance. */
    record Row(Operation operation, String follows, Optional<LineBalance.Step> step) {}

    private final BulletinViewModel vm;
    private final Messages m;
    private final BulletinVersionPane version;

    public BulletinView(BulletinViewModel vm, BulletinVersion version, Messages m) {
        this.vm = vm;
        this.m = m;
        this.version = new BulletinVersionPane(version, m);
    }

    public Node build() {
        Label title = new Label(m.get("bulletin.title"));
        title.getStyleClass().add("page-title");
        HBox header = new HBox(12, title, version.button(vm));
        header.getStyleClass().add("page-header");

        ComboBox<Style> style = new ComboBox<>(vm.styles());
        style.setId("bulletinStyle");
        style.setPromptText(m.get("bulletin.style"));
        style.setConverter(converter(s -> m.get("bulletin.style.item", s.code(), s.name())));
        style.valueProperty().bindBidirectional(vm.styleProperty());
        TextField minutes = number("bulletinMinutes", vm.availableMinutesProperty());
        TextField target = number("bulletinTarget", vm.targetOutputProperty());
        FlowPane inputs = new FlowPane(
                12,
                8,
                labelled(m.get("bulletin.style"), style),
                labelled(m.get("bulletin.minutes"), minutes),
                labelled(m.get("bulletin.target"), target));

        Label takt = new Label();
        takt.setId("bulletinTakt");
        takt.getStyleClass().add("text-bold");
        Label operators = new Label();
        operators.setId("bulletinOperators");
        Label bottleneck = new Label();
        bottleneck.setId("bulletinBottleneck");
        bottleneck.getStyleClass().add("text-bold");
        for (Label l : new Label[] {takt, operators, bottleneck}) {
            l.setWrapText(true);
        }
        VBox summary = new VBox(4, takt, operators, bottleneck);

        TableView<Row> table = new TableView<>();
        table.setId("bulletinTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns()
                .setAll(List.of(
                        column(
                                m.get("bulletin.col.seq"),
                                r -> String.valueOf(r.operation().seq())),
                        column(
                                m.get("bulletin.col.operation"),
                                r -> r.operation().name()),
                        column(
                                m.get("bulletin.col.smv"),
                                r -> r.operation().smv().stripTrailingZeros().toPlainString()),
                        column(m.get("bulletin.col.follows"), Row::follows),
                        column(
                                m.get("bulletin.col.needed"),
                                r -> r.step()
                                        .map(s -> s.needed().toPlainString())
                                        .orElse("")),
                        column(
                                m.get("bulletin.col.allocated"),
                                r -> r.step()
                                        .map(s -> String.valueOf(s.allocated()))
                                        .orElse("")),
                        column(
                                m.get("bulletin.col.cycle"),
                                r -> r.step()
                                        .map(s -> s.cycle().toPlainString())
                                        .orElse("")),
                        column(
                                m.get("bulletin.col.mark"),
                                r -> r.step()
                                        .filter(LineBalance.Step::bottleneck)
                                        .map(s -> m.get("bulletin.bottleneck.mark"))
                                        .orElse(""))));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                boolean b = !empty
                        && row != null
                        && row.step().map(LineBalance.Step::bottleneck).orElse(false);
                getStyleClass().remove("bottleneck");
                if (b) {
                    getStyleClass().add("bottleneck");
                }
            }
        });
        table.setPlaceholder(new Label(m.get("bulletin.empty")));
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setMinHeight(200);

        ComboBox<Operation> waiting = new ComboBox<>();
        waiting.setId("precOperation");
        waiting.setPromptText(m.get("bulletin.prec.operation"));
        waiting.setConverter(converter(o -> m.get("bulletin.op.item", o.seq(), o.name())));
        ComboBox<Operation> first = new ComboBox<>();
        first.setId("precRequires");
        first.setPromptText(m.get("bulletin.prec.requires"));
        first.setConverter(converter(o -> m.get("bulletin.op.item", o.seq(), o.name())));
        Button add = new Button(m.get("bulletin.prec.add"));
        add.setId("precAdd");
        add.disableProperty()
                .bind(waiting.valueProperty().isNull().or(first.valueProperty().isNull()));
        add.setOnAction(e -> vm.require(waiting.getValue(), first.getValue()));
        FlowPane precForm = new FlowPane(8, 8, waiting, new Label(m.get("bulletin.prec.waits")), first, add);
        Label message = new Label();
        message.setId("bulletinMessage");
        message.setWrapText(true);
        message.getStyleClass().add("down-message");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox precList = new VBox(6);
        precList.setId("precList");
        Label precTitle = new Label(m.get("bulletin.prec.title"));
        precTitle.getStyleClass().add("text-bold");
        // The list scrolls on its own: at a floor PC's 728 px it ran below the window, out of reach.
        ScrollPane precScroll = new ScrollPane(precList);
        precScroll.setFitToWidth(true);
        precScroll.setMinHeight(120);
        VBox.setVgrow(precScroll, Priority.ALWAYS);
        VBox precedence = new VBox(8, precTitle, precForm, message, precScroll);
        VBox.setVgrow(precedence, Priority.ALWAYS);

        Runnable redraw = () -> {
            BulletinViewModel.Page page = vm.pageProperty().get();
            Optional<LineBalance> balance = vm.balanceProperty().get();
            Map<UUID, Operation> byId =
                    page.operations().stream().collect(Collectors.toMap(Operation::id, Function.identity()));
            Map<UUID, LineBalance.Step> steps = balance.map(b -> b.steps().stream()
                            .collect(Collectors.toMap(LineBalance.Step::operationId, Function.identity())))
                    .orElse(Map.of());
            table.getItems()
                    .setAll(page.operations().stream()
                            .map(o -> new Row(
                                    o,
                                    page.precedence().stream()
                                            .filter(p -> p.operationId().equals(o.id()))
                                            .map(p -> byId.get(p.requiresId()))
                                            .filter(x -> x != null)
                                            .map(x -> String.valueOf(x.seq()))
                                            .collect(Collectors.joining(", ")),
                                    Optional.ofNullable(steps.get(o.id()))))
                            .toList());
            waiting.getItems().setAll(page.operations());
            first.getItems().setAll(page.operations());
            precList.getChildren()
                    .setAll(page.precedence().stream()
                            .map(p -> precRow(p, byId))
                            .toList());
            takt.setText(balance.map(b -> m.get("bulletin.takt", b.takt().toPlainString()))
                    .orElse(m.get("bulletin.takt.none")));
            operators.setText(balance.map(b -> m.get(
                            "bulletin.operators",
                            b.operatorsNeeded().toPlainString(),
                            b.operatorsAllocated(),
                            b.achievableOutput(),
                            b.balanceEfficiency().toPlainString()))
                    .orElse(""));
            bottleneck.setText(balance.map(b -> m.get(
                            "bulletin.bottleneck",
                            b.bottlenecks().stream().map(LineBalance.Step::name).collect(Collectors.joining(", ")),
                            b.bottlenecks().getFirst().cycle().toPlainString()))
                    .orElse(""));
        };
        vm.pageProperty().addListener((o, a, b) -> redraw.run());
        vm.balanceProperty().addListener((o, a, b) -> redraw.run());
        redraw.run();

        VBox content = new VBox(16, inputs, summary, table, precedence);
        VBox.setVgrow(content, Priority.ALWAYS);
        StateView states = new StateView(content);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(
                vm.load(),
                new StateView.Texts(
                        m.get("bulletin.loading"),
                        m.get("bulletin.none"),
                        m.get("bulletin.none.hint"),
                        null,
                        null,
                        m.get("bulletin.error"),
                        m.get("floor.retry"),
                        vm::refresh));
        VBox body = new VBox(12, version.pane(), states);
        body.getStyleClass().add("page-body");
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        root.setId("bulletin");
        return root;
    }

    private Node precRow(Precedence p, Map<UUID, Operation> byId) {
        Operation o = byId.get(p.operationId());
        Operation r = byId.get(p.requiresId());
        Label what = new Label(m.get("bulletin.prec.row", o == null ? "" : o.name(), r == null ? "" : r.name()));
        what.setWrapText(true);
        what.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(what, Priority.ALWAYS);
        Button remove = new Button(m.get("bulletin.prec.remove"));
        remove.setOnAction(e -> vm.release(p));
        return new HBox(8, what, remove);
    }

    private TextField number(String id, IntegerProperty value) {
        TextField f = new TextField(String.valueOf(value.get()));
        f.setId(id);
        f.setPrefColumnCount(6);
        // Only whole numbers reach the balance; what else is typed stays in the field, untouched.
        f.textProperty().addListener((o, a, text) -> {
            String t = text.strip();
            value.set(t.matches("\\d{1,7}") ? Integer.parseInt(t) : 0);
        });
        return f;
    }

    private static Node labelled(String text, Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        return new VBox(4, l, field);
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null; // picked from the list
            }
        };
    }
}
