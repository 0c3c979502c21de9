package io.plantdesk.maintenance.ui.planner;

import io.plantdesk.maintenance.plan.Capacity;
import io.plantdesk.maintenance.plan.PlanCard;
import io.plantdesk.maintenance.plan.PlanTechnician;
import io.plantdesk.maintenance.plan.WeekPlan;
import io.plantdesk.ui.i18n.DataText;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.StateView;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The week as a grid: a row per technician (and the unassigned row), a column per day. A cell
 * says its load in words ("9 of 8 h, 1 h over") and turns red when over. Cards are dragged with
 * the mouse (press, drag, release on another cell) or moved with Alt+arrow keys.
 */
public final class PlannerView {

    /** Where the export goes: a folder chosen by the person (a chooser in the app, a fixed folder in tests). */
    @FunctionalInterface
    public interface ExportTarget {
        Optional<Path> choose(Window owner);
    }

    static final String CARD = "plan-card";
    static final String CELL = "plan-cell";
    static final String OVER = "plan-over";
    static final String TARGET = "plan-cell-target";
    private static final String CARD_ID = "planCardId";
    private static final String PERSON = "planPerson";

    private final PlannerViewModel vm;
    private final Messages m;
    private final ExportTarget target;
    private final GridPane grid = new GridPane();
    /** The card a key move is waiting for, to give it the focus again once the week is reloaded. */
    private UUID refocus;
    /** The card being dragged and the row it came from (null ids while none). */
    private UUID dragged;

    private UUID draggedFrom;

    public PlannerView(PlannerViewModel vm, Messages m, ExportTarget target) {
        this.vm = vm;
        this.m = m;
        this.target = target;
    }

    public Node build() {
        Label title = new Label(m.get("planner.title"));
        title.getStyleClass().add("page-title");
        Button prev = iconButton("plannerPrevious", Material2AL.CHEVRON_LEFT, m.get("planner.previous"));
        prev.setOnAction(e -> vm.previousWeek());
        Button next = iconButton("plannerNext", Material2AL.CHEVRON_RIGHT, m.get("planner.next"));
        next.setOnAction(e -> vm.nextWeek());
        Button today = new Button(m.get("planner.this.week"));
        today.setId("plannerThisWeek");
        today.setOnAction(e -> vm.thisWeek());
        Label week = new Label();
        week.setId("plannerWeek");
        week.getStyleClass().add("text-bold");
        week.setMinWidth(Region.USE_PREF_SIZE);
        week.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> weekText(vm.mondayProperty().get()), vm.mondayProperty()));
        Button export = new Button(m.get("planner.export"), new FontIcon(Material2AL.EVENT));
        export.setId("plannerExport");
        export.setTooltip(new Tooltip(m.get("planner.export.tooltip")));
        export.disableProperty().bind(vm.planProperty().isNull().or(vm.busyProperty()));
        export.setOnAction(
                e -> target.choose(export.getScene().getWindow()).ifPresent(dir -> vm.export(dir, files -> {})));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        for (Button b : List.of(prev, next, today, export)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox header = new HBox(title, spacer, export);
        header.getStyleClass().add("page-header");
        header.setAlignment(Pos.CENTER_LEFT);
        // The week's navigation on its own row: in Floor mode it does not fit beside the title.
        week.setWrapText(true);
        HBox nav = new HBox(8, prev, week, next, today);
        nav.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("plannerMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        vm.messageIsProblemProperty().addListener((o, a, problem) -> style(message, "plan-message-problem", problem));
        message.getStyleClass().add("plan-message");
        Label hint = new Label(m.get("planner.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        grid.setId("plannerGrid");
        grid.getStyleClass().add("plan-grid");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox content = new VBox(8, nav, message, hint, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        StateView states = new StateView(content);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(
                vm.load(),
                new StateView.Texts(
                        m.get("planner.loading"),
                        m.get("planner.empty"),
                        m.get("planner.empty.hint"),
                        null,
                        null,
                        m.get("planner.error"),
                        m.get("planner.retry"),
                        vm::refresh));
        vm.planProperty().addListener((o, a, p) -> {
            if (p != null) {
                fill(p);
            }
        });
        VBox body = new VBox(states);
        body.getStyleClass().add("page-body");
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        root.getStyleClass().add("planner");
        root.setOnMouseDragReleased(e -> endDrag());
        return root;
    }

    private void fill(WeekPlan plan) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(150);
        names.setPrefWidth(170);
        grid.getColumnConstraints().add(names);
        for (int d = 0; d < WeekPlan.DAYS; d++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHgrow(Priority.ALWAYS);
            c.setMinWidth(110);
            c.setFillWidth(true);
            grid.getColumnConstraints().add(c);
            Label day = new Label(PlannerTexts.day(plan.day(d)));
            day.getStyleClass().addAll("plan-day", "text-bold");
            day.setMaxWidth(Double.MAX_VALUE);
            day.setWrapText(true);
            day.setMinHeight(Region.USE_PREF_SIZE);
            DataText.mark(day); // a date in the person's locale, not a sentence
            if (plan.day(d).equals(LocalDate.now(plan.zone()))) {
                day.getStyleClass().add("plan-today");
            }
            grid.add(day, d + 1, 0);
        }
        Function<UUID, String> nameOf = id -> plan.technicians().stream()
                .filter(t -> t.personId().equals(id))
                .map(PlanTechnician::name)
                .findFirst()
                .orElse("");
        List<UUID> rows = vm.rows();
        for (int r = 0; r < rows.size(); r++) {
            UUID person = rows.get(r);
            PlanTechnician t = person == null
                    ? null
                    : plan.technicians().stream()
                            .filter(x -> x.personId().equals(person))
                            .findFirst()
                            .orElseThrow();
            grid.add(rowHeader(t), 0, r + 1);
            for (int d = 0; d < WeekPlan.DAYS; d++) {
                grid.add(cell(plan, t, person, d, nameOf), d + 1, r + 1);
            }
        }
        if (refocus != null) {
            UUID id = refocus;
            refocus = null;
            grid.lookupAll("." + CARD).stream()
                    .filter(n -> id.equals(n.getProperties().get(CARD_ID)))
                    .findFirst()
                    .ifPresent(Node::requestFocus);
        }
    }

    private Node rowHeader(PlanTechnician t) {
        Label name = new Label(t == null ? m.get("planner.unassigned") : t.name());
        if (t != null) {
            DataText.mark(name); // a person's name
        }
        name.getStyleClass().add("text-bold");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, name);
        box.getStyleClass().add("plan-person");
        if (t != null) {
            Label cap = new Label(capacityText(t));
            cap.getStyleClass().add("text-muted");
            cap.setWrapText(true);
            cap.setMinHeight(Region.USE_PREF_SIZE);
            Button set = new Button(m.get("planner.capacity.set"));
            set.getStyleClass().add("plan-capacity-button");
            set.setOnAction(e ->
                    vm.shifts(shifts -> CapacityDialog.show(set.getScene().getWindow(), m, t, shifts)
                            .ifPresent(c -> vm.setCapacity(t.personId(), c.orElse(null)))));
            box.getChildren().addAll(cap, set);
        }
        return box;
    }

    private String capacityText(PlanTechnician t) {
        if (t.capacity().isEmpty()) {
            return m.get("planner.capacity.none");
        }
        Capacity c = t.capacity().get();
        if (c.shiftId() != null) {
            return m.get("planner.capacity.shift", c.shiftName() == null ? "" : c.shiftName());
        }
        String days = c.workDays().stream()
                .sorted()
                .map(d -> DayOfWeek.of(d).getDisplayName(TextStyle.SHORT, Locale.getDefault()))
                .collect(Collectors.joining(" "));
        return m.get("planner.capacity.hours", PlannerTexts.hours(c.hoursPerDay()), days);
    }

    private Node cell(WeekPlan plan, PlanTechnician t, UUID person, int d, Function<UUID, String> nameOf) {
        VBox cell = new VBox(4);
        cell.getStyleClass().add(CELL);
        cell.getProperties().put(PERSON, person);
        cell.setId("planCell-" + (person == null ? "unassigned" : person) + "-" + d);
        BigDecimal booked = plan.booked(person, d);
        BigDecimal cap = t == null ? null : t.hoursOn(d);
        Label load = new Label(loadText(booked, cap, t == null ? BigDecimal.ZERO : plan.over(t, d)));
        load.getStyleClass().add("plan-load");
        load.setWrapText(true);
        load.setMinHeight(Region.USE_PREF_SIZE);
        if (t != null && plan.over(t, d).signum() > 0) {
            cell.getStyleClass().add(OVER);
            load.getStyleClass().add(OVER);
        }
        cell.getChildren().add(load);
        for (PlanCard c : plan.cards(person, d)) {
            cell.getChildren().add(card(plan, c, person, nameOf));
        }
        cell.setOnMouseDragEntered(e -> style(cell, TARGET, dragged != null));
        cell.setOnMouseDragExited(e -> style(cell, TARGET, false));
        cell.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            style(cell, TARGET, false);
            if (dragged != null) {
                vm.move(dragged, draggedFrom, person, d);
            }
            endDrag();
            e.consume();
        });
        return cell;
    }

    private String loadText(BigDecimal booked, BigDecimal cap, BigDecimal over) {
        if (cap == null) {
            return booked.signum() == 0 ? "" : m.get("planner.load.nocap", PlannerTexts.hours(booked));
        }
        if (cap.signum() == 0 && booked.signum() == 0) {
            return m.get("planner.load.off");
        }
        if (over.signum() > 0) {
            return m.get(
                    "planner.load.over", PlannerTexts.hours(booked), PlannerTexts.hours(cap), PlannerTexts.hours(over));
        }
        return m.get("planner.load", PlannerTexts.hours(booked), PlannerTexts.hours(cap));
    }

    private Node card(WeekPlan plan, PlanCard c, UUID person, Function<UUID, String> nameOf) {
        Label card = new Label(m.get(
                "planner.card",
                c.number(),
                c.title(),
                PlannerTexts.clock(c.start(), plan.zone()),
                PlannerTexts.hours(c.hours())));
        card.setId("planCard-" + c.number() + "-" + (person == null ? "unassigned" : person));
        card.getProperties().put(CARD_ID, c.id());
        card.getStyleClass().addAll(CARD, "plan-card-" + c.type().name().toLowerCase(Locale.ROOT));
        card.setWrapText(true);
        card.setMinHeight(Region.USE_PREF_SIZE);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setFocusTraversable(true);
        String who =
                c.assignees().stream().map(nameOf).filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
        card.setTooltip(new Tooltip(m.get(
                "planner.card.tooltip",
                c.number(),
                c.title(),
                c.assetName() == null ? "" : c.assetName(),
                who.isEmpty() ? m.get("planner.unassigned") : who)));
        card.setOnMousePressed(e -> {
            card.requestFocus();
            e.consume(); // else the ScrollPane around the grid takes the focus (Alt+arrows need it here)
        });
        card.setOnDragDetected(e -> {
            dragged = c.id();
            draggedFrom = person;
            card.getStyleClass().add("plan-card-dragging");
            card.startFullDrag();
            e.consume();
        });
        card.setOnMouseReleased(e -> card.getStyleClass().remove("plan-card-dragging"));
        card.setOnKeyPressed(e -> {
            if (!e.isAltDown()) {
                return;
            }
            int days = e.getCode() == KeyCode.LEFT ? -1 : e.getCode() == KeyCode.RIGHT ? 1 : 0;
            int rows = e.getCode() == KeyCode.UP ? -1 : e.getCode() == KeyCode.DOWN ? 1 : 0;
            if (days != 0 || rows != 0) {
                refocus = c.id();
                vm.nudge(c.id(), person, days, rows);
                e.consume();
            }
        });
        return card;
    }

    private void endDrag() {
        dragged = null;
        draggedFrom = null;
    }

    private String weekText(LocalDate monday) {
        if (monday == null) {
            return "";
        }
        return m.get(
                "planner.week",
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                PlannerTexts.date(monday),
                PlannerTexts.date(monday.plusDays(WeekPlan.DAYS - 1)));
    }

    private static Button iconButton(String id, Ikon icon, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        return b;
    }

    private static void style(Node n, String cls, boolean on) {
        if (on && !n.getStyleClass().contains(cls)) {
            n.getStyleClass().add(cls);
        } else if (!on) {
            n.getStyleClass().remove(cls);
        }
    }
}
