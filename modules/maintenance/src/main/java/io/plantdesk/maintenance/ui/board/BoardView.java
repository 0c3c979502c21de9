package io.plantdesk.maintenance.ui.board;

import io.plantdesk.maintenance.BacklogRow;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.ui.WorkOrderTexts;
import io.plantdesk.maintenance.ui.editor.EditorModel;
import io.plantdesk.maintenance.ui.editor.WorkOrderEditor;
import io.plantdesk.ui.i18n.DataText;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.widgets.Confirm;
import io.plantdesk.ui.widgets.StaleMarker;
import io.plantdesk.ui.widgets.StateView;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The status board: a column per status, a card per work order. A card is dragged with the mouse
 * (a ghost follows the pointer; the columns the workflow allows are marked; a drop elsewhere snaps
 * back with a sentence) or moved from the keyboard: select it, Shift+F10 or the menu key, pick the
 * status. Enter opens the editor. The drag is done with mouse events rather than the platform's
 * drag and drop, so that it works the same on touch screens and under the headless test robot.
 */
public final class BoardView {

    private static final Formats FORMATS = Formats.system();
    /** The pointer must travel this far before a press becomes a drag (a click stays a click). */
    private static final double DRAG_SLOP = 6;

    private final BoardViewModel vm;
    private final WorkOrderTexts t;
    private final Supplier<EditorModel> editors;
    private final UUID me;
    private final Map<WorkOrderStatus, VBox> columns = new EnumMap<>(WorkOrderStatus.class);
    private final Map<WorkOrderStatus, VBox> cardBoxes = new EnumMap<>(WorkOrderStatus.class);
    private final Map<WorkOrderStatus, Label> titles = new EnumMap<>(WorkOrderStatus.class);
    private final Pane overlay = new Pane();
    private Node root;

    public BoardView(BoardViewModel vm, WorkOrderTexts t, Supplier<EditorModel> editors, UUID me) {
        this.vm = vm;
        this.t = t;
        this.editors = editors;
        this.me = me;
    }

    public Node build() {
        HBox lanes = new HBox(10);
        lanes.setId("woBoard");
        for (WorkOrderStatus s : BoardViewModel.COLUMNS) {
            Label title = new Label(t.status(s));
            title.getStyleClass().add("wo-board-column-title");
            titles.put(s, title);
            VBox cards = new VBox(8);
            cards.setId("woBoardCards" + s.name());
            cardBoxes.put(s, cards);
            ScrollPane scroll = new ScrollPane(cards);
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("edge-to-edge");
            VBox.setVgrow(scroll, Priority.ALWAYS);
            VBox column = new VBox(title, scroll);
            column.setId("woBoardColumn" + s.name());
            column.getStyleClass().add("wo-board-column");
            columns.put(s, column);
            lanes.getChildren().add(column);
        }
        ScrollPane across = new ScrollPane(lanes);
        across.setFitToHeight(true);
        across.getStyleClass().add("edge-to-edge");

        StateView states = new StateView(across);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(
                vm.loadState(),
                new StateView.Texts(
                        t.get("board.loading"),
                        t.get("board.empty"),
                        t.get("board.empty.hint"),
                        null,
                        null,
                        t.get("board.error"),
                        t.get("retry"),
                        vm::load));
        vm.cardsProperty().addListener((o, a, b) -> fill(b));

        Label title = new Label(t.get("board.title"));
        title.getStyleClass().add("page-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button reload = new Button(null, new FontIcon(Material2MZ.REFRESH));
        reload.setId("woBoardRefresh");
        reload.setAccessibleText(t.get("action.refresh"));
        reload.setOnAction(e -> vm.load());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, reload);
        header.getStyleClass().add("page-header");

        Label hint = new Label(t.get("board.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE); // every line, also in Floor mode's larger type
        Label message = new Label();
        message.setId("woBoardMessage");
        message.getStyleClass().add("text-bold");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        Label more = new Label(t.get("board.more", BoardViewModel.LIMIT));
        more.getStyleClass().add("text-muted");
        more.visibleProperty().bind(vm.truncatedProperty());
        more.managedProperty().bind(vm.truncatedProperty());

        StaleMarker stale = new StaleMarker(vm.shownAsOfProperty(), time -> t.get("board.stale", time));
        VBox body = new VBox(8, hint, stale, message, more, states);
        body.getStyleClass().add("page-body");
        BorderPane page = new BorderPane(body);
        page.setTop(header);
        overlay.setMouseTransparent(true);
        overlay.setManaged(false);
        StackPane stack = new StackPane(page, overlay);
        root = stack;
        return stack;
    }

    private void fill(Map<WorkOrderStatus, List<BacklogRow>> byStatus) {
        for (WorkOrderStatus s : BoardViewModel.COLUMNS) {
            List<BacklogRow> rows = byStatus.getOrDefault(s, List.of());
            titles.get(s).setText(t.get("board.column", t.status(s), String.valueOf(rows.size())));
            cardBoxes.get(s).getChildren().setAll(rows.stream().map(this::card).toList());
        }
    }

    private Node card(BacklogRow r) {
        Label number = new Label(t.get("number.value", String.valueOf(r.number())) + "  " + t.priority(r.priority()));
        number.getStyleClass().add("wo-card-number");
        Label title = DataText.mark(new Label(r.title()));
        title.setWrapText(true);
        title.getStyleClass().add("text-bold");
        VBox card = new VBox(number, title);
        if (r.assetName() != null) {
            card.getChildren().add(DataText.mark(new Label(r.assetName())));
        }
        card.getChildren()
                .add(
                        r.assignees().isEmpty()
                                ? new Label(t.get("board.card.nobody"))
                                : DataText.mark(new Label(String.join(", ", r.assignees()))));
        if (r.dueAt() != null) {
            card.getChildren().add(new Label(t.get("board.card.due", FORMATS.dateTime(r.dueAt()))));
        }
        vm.waitingFor(r).ifPresent(w -> {
            Label kept = new Label(w.refusal()
                    .map(why -> t.get("board.card.refused", ErrorText.render(why)))
                    .orElseGet(() -> t.get(
                            "board.card.waiting",
                            t.status(WorkOrderStatus.fromDb(w.payload().require("status"))))));
            kept.setId("woCardWaiting" + r.number());
            kept.getStyleClass().add(w.refusal().isPresent() ? "field-error" : "wo-card-waiting");
            card.getChildren().add(kept);
        });
        card.getChildren().forEach(n -> ((Label) n).setWrapText(true)); // a narrow column wraps, never "Dec 1, 2..."

        card.setId("woCard" + r.number());
        card.getStyleClass().add("wo-card");
        if (r.overdue()) {
            card.getStyleClass().add("wo-card-overdue");
        }
        card.setFocusTraversable(true);
        card.setAccessibleText(r.title());
        card.setOnMouseClicked(e -> {
            card.requestFocus();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open(r);
            }
        });
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(r);
                e.consume();
            } else if (e.getCode() == KeyCode.CONTEXT_MENU || (e.getCode() == KeyCode.F10 && e.isShiftDown())) {
                moveMenu(r).show(card, Side.BOTTOM, 0, 0);
                e.consume();
            }
        });
        card.setOnContextMenuRequested(e -> {
            moveMenu(r).show(card, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        dragging(card, r);
        return card;
    }

    /** The statuses this card may go to next, as a menu (the keyboard's way to move it). */
    private ContextMenu moveMenu(BacklogRow r) {
        ContextMenu menu = new ContextMenu();
        menu.setId("woCardMenu");
        for (WorkOrderStatus s : BoardViewModel.COLUMNS) {
            if (vm.allows(r, s)) {
                MenuItem item = new MenuItem(t.get("editor.move") + ": " + t.status(s));
                item.setId("woCardMoveTo" + s.name());
                item.setOnAction(e -> vm.move(r, s));
                menu.getItems().add(item);
            }
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(t.get("editor.move.none"));
            none.setDisable(true);
            menu.getItems().add(none);
        }
        return menu;
    }

    /** Press, drag (a ghost follows, allowed columns marked), release over a column. */
    private void dragging(VBox card, BacklogRow r) {
        Point2D[] start = new Point2D[1];
        Label[] ghost = new Label[1];
        card.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                start[0] = new Point2D(e.getSceneX(), e.getSceneY());
            }
        });
        card.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (start[0] == null) {
                return;
            }
            if (ghost[0] == null) {
                if (start[0].distance(e.getSceneX(), e.getSceneY()) < DRAG_SLOP) {
                    return;
                }
                ghost[0] =
                        DataText.mark(new Label(t.get("number.value", String.valueOf(r.number())) + "  " + r.title()));
                ghost[0].getStyleClass().add("wo-card");
                ghost[0].setId("woCardGhost");
                ghost[0].setMaxWidth(240);
                ghost[0].setOpacity(0.85);
                overlay.getChildren().add(ghost[0]);
                ghost[0].autosize();
                markTargets(r, true);
            }
            Point2D p = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
            ghost[0].relocate(p.getX() + 8, p.getY() + 8);
            e.consume();
        });
        card.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (ghost[0] != null) {
                overlay.getChildren().remove(ghost[0]);
                ghost[0] = null;
                markTargets(r, false);
                WorkOrderStatus target = columnAt(e.getSceneX(), e.getSceneY());
                if (target != null) {
                    vm.move(r, target); // refused: a sentence, and the card never left its column
                }
                e.consume();
            }
            start[0] = null;
        });
    }

    private WorkOrderStatus columnAt(double sceneX, double sceneY) {
        for (Map.Entry<WorkOrderStatus, VBox> c : columns.entrySet()) {
            Bounds b = c.getValue().localToScene(c.getValue().getBoundsInLocal());
            if (b.contains(sceneX, sceneY)) {
                return c.getKey();
            }
        }
        return null;
    }

    private void markTargets(BacklogRow r, boolean on) {
        columns.forEach((s, column) -> {
            column.getStyleClass().removeAll("wo-drop-allowed", "wo-drop-refused");
            if (on && s != vm.shownAt(r)) {
                column.getStyleClass().add(vm.allows(r, s) ? "wo-drop-allowed" : "wo-drop-refused");
            }
        });
    }

    private void open(BacklogRow r) {
        new WorkOrderEditor(
                        root.getScene().getWindow(),
                        t,
                        editors.get(),
                        vm.workflowProperty().get(),
                        vm.peopleProperty().get(),
                        vm.machines(),
                        me,
                        sentence -> {
                            vm.load();
                            Confirm.saved(root, sentence);
                        })
                .showExisting(r.id(), msg -> Confirm.saved(root, msg));
    }
}
