package io.plantdesk.sewing.ui;

import io.plantdesk.maintenance.api.MachineRef;
import io.plantdesk.sewing.DowntimeReason;
import io.plantdesk.sewing.DowntimeRow;
import io.plantdesk.sewing.FloorStatus;
import io.plantdesk.sewing.Line;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.KpiTile;
import io.plantdesk.ui.widgets.StateView;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The floor status: the plant's key figures of the shift, one tile per line (output against the
 * target so far with an hourly sparkline, efficiency, operators present, a running stop with a
 * timer that moves every second), each opening the line's detail with its hourly chart, and the
 * downtime panel. In the shell's kiosk (full screen), or when asked, it rotates between the
 * overview and each line. Tiles behind target or stopped are marked by a word and an orange
 * edge, never by colour alone; Floor mode enlarges everything for the big screen (sewing.css).
 */
public final class FloorStatusView {

    private static final Formats FORMATS = Formats.system();

    /** How long the kiosk shows each view (the overview, then one line) before the next. */
    static final Duration ROTATE_EVERY = Duration.seconds(12);

    private final FloorStatusViewModel vm;
    private final Messages m;
    /** The line whose detail shows, or null for the overview. */
    private final ObjectProperty<UUID> detail = new SimpleObjectProperty<>();

    private final BooleanProperty rotating = new SimpleBooleanProperty();
    private final Timeline rotation = new Timeline(new KeyFrame(ROTATE_EVERY, e -> rotate()));

    public FloorStatusView(FloorStatusViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    public Node build() {
        Label title = new Label(m.get("floor.title"));
        title.getStyleClass().add("page-title");
        Label shift = new Label();
        shift.setId("floorShift");
        shift.getStyleClass().add("floor-shift");
        CheckBox feeder = new CheckBox(m.get("floor.feeder"));
        feeder.setId("floorFeeder");
        feeder.selectedProperty().bindBidirectional(vm.feedingProperty());
        feeder.setVisible(false);
        feeder.managedProperty().bind(feeder.visibleProperty());
        ToggleButton rotate = new ToggleButton(m.get("floor.rotate"));
        rotate.setId("floorRotate");
        rotate.selectedProperty().bindBidirectional(rotating);
        FlowPane header = new FlowPane(12, 8, title, shift, feeder, rotate);
        header.getStyleClass().add("page-header");
        rotation.setCycleCount(Animation.INDEFINITE);
        rotating.addListener((o, was, on) -> {
            if (on) {
                rotation.playFromStart();
            } else {
                rotation.stop();
                detail.set(null);
            }
        });

        FlowPane kpis = new FlowPane(12, 12);
        kpis.setId("floorKpis");
        FlowPane tiles = new FlowPane(12, 12);
        tiles.setId("floorLines");

        ComboBox<Line> line = new ComboBox<>();
        line.setId("downLine");
        line.setConverter(converter(Line::name));
        line.setPromptText(m.get("down.line"));
        ComboBox<DowntimeReason> reason = new ComboBox<>();
        reason.setId("downReason");
        reason.getItems().setAll(Arrays.asList(DowntimeReason.values()));
        reason.setConverter(converter(this::reasonText));
        reason.setPromptText(m.get("down.reason"));
        ComboBox<MachineRef> machine = new ComboBox<>();
        machine.setId("downMachine");
        machine.setConverter(converter(x -> m.get("down.machine.item", x.code(), x.name())));
        machine.setPromptText(m.get("down.machine"));
        machine.disableProperty().bind(reason.valueProperty().isNotEqualTo(DowntimeReason.MACHINE_BREAKDOWN));
        TextField note = new TextField();
        note.setId("downNote");
        note.setPromptText(m.get("down.note"));
        Button start = new Button(m.get("down.start"));
        start.setId("downStart");
        start.disableProperty()
                .bind(line.valueProperty().isNull().or(reason.valueProperty().isNull()));
        start.setOnAction(e -> vm.start(
                line.getValue().id(),
                reason.getValue(),
                reason.getValue() == DowntimeReason.MACHINE_BREAKDOWN && machine.getValue() != null
                        ? machine.getValue().id()
                        : null,
                note.getText()));
        vm.lastStartedProperty().addListener((o, a, d) -> note.clear());
        note.setPrefColumnCount(18);
        FlowPane form = new FlowPane(8, 8, line, reason, machine, note, start);
        form.setId("downForm");
        Label message = new Label();
        message.setId("downMessage");
        message.setWrapText(true);
        message.getStyleClass().add("down-message");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Label worked = new Label();
        worked.setId("downWorkOrder");
        worked.setWrapText(true);
        vm.lastStartedProperty()
                .addListener((o, a, d) -> worked.setText(
                        d == null || d.workOrderNumber() == null ? "" : m.get("down.work.order", d.workOrderNumber())));
        VBox running = new VBox(8);
        running.setId("downRunning");
        Label downTitle = new Label(m.get("down.title"));
        downTitle.getStyleClass().add("text-bold");
        VBox downtime = new VBox(8, downTitle, form, message, worked, running);
        downtime.getStyleClass().add("floor-downtime");

        vm.snapshotProperty().addListener((o, a, s) -> {
            if (s == null) {
                return;
            }
            shift.setText(
                    s.shift() == null
                            ? m.get("floor.no.calendar")
                            : s.shift().name() == null
                                    ? m.get("floor.no.shift")
                                    : m.get(
                                            "floor.shift",
                                            s.shift().name(),
                                            clock(s.shift().startsAt()),
                                            clock(s.shift().endsAt())));
            feeder.setVisible(s.demo());
            double eff = s.efficiency();
            kpis.getChildren()
                    .setAll(
                            new KpiTile("kpiOutput", FORMATS.number(s.output()), m.get("kpi.output")),
                            new KpiTile(
                                    "kpiEfficiency",
                                    eff < 0 ? m.get("floor.none") : wholePercent(eff),
                                    m.get("kpi.efficiency")),
                            new KpiTile("kpiOperators", FORMATS.number(s.operators()), m.get("kpi.operators")),
                            new KpiTile("kpiStops", FORMATS.number(s.running().size()), m.get("kpi.stops")));
            // A figure is never cut short: the tiles keep their width and wrap to the next row.
            kpis.getChildren().forEach(k -> ((Region) k).setMinWidth(Region.USE_PREF_SIZE));
            tiles.getChildren().setAll(s.lines().stream().map(this::tile).toList());
            Line keptLine = line.getValue();
            line.getItems().setAll(s.allLines());
            line.setValue(
                    keptLine == null
                            ? null
                            : s.allLines().stream()
                                    .filter(x -> x.id().equals(keptLine.id()))
                                    .findFirst()
                                    .orElse(null));
            MachineRef keptMachine = machine.getValue();
            machine.getItems().setAll(s.machines());
            machine.setValue(
                    keptMachine == null
                            ? null
                            : s.machines().stream()
                                    .filter(x -> x.id().equals(keptMachine.id()))
                                    .findFirst()
                                    .orElse(null));
            running.getChildren()
                    .setAll(s.running().stream()
                            .map(d -> stopRow(d, s.machineName(d.machineId())))
                            .toList());
        });

        VBox content = new VBox(16, kpis, tiles, downtime);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox lineView = new VBox();
        lineView.setId("floorLineView");
        VBox.setVgrow(lineView, Priority.ALWAYS);
        StackPane views = new StackPane(scroll, lineView);
        Runnable show = () -> {
            FloorStatus.Snapshot s = vm.snapshotProperty().get();
            FloorStatus.LineStatus l = s == null || detail.get() == null
                    ? null
                    : s.lines().stream()
                            .filter(x -> x.figures().lineId().equals(detail.get()))
                            .findFirst()
                            .orElse(null);
            scroll.setVisible(l == null);
            lineView.setVisible(l != null);
            lineView.getChildren()
                    .setAll(
                            l == null
                                    ? List.of()
                                    : List.of(LineDetailView.build(
                                            l,
                                            s.shift(),
                                            m,
                                            stopBinding(l),
                                            FloorStatusView::percent,
                                            () -> detail.set(null))));
        };
        detail.addListener((o, a, b) -> show.run());
        vm.snapshotProperty().addListener((o, a, b) -> show.run());
        show.run();
        StateView states = new StateView(views);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(
                vm.load(),
                new StateView.Texts(
                        m.get("floor.loading"),
                        m.get("floor.empty"),
                        m.get("floor.empty.hint"),
                        null,
                        null,
                        m.get("floor.error"),
                        m.get("floor.retry"),
                        vm::refresh));
        VBox body = new VBox(states);
        body.getStyleClass().addAll("page-body", "floor-status");
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        root.setId("floorStatus");
        // The shell's kiosk is full screen: there the floor rotates by itself.
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null && scene.getWindow() instanceof Stage stage) {
                stage.fullScreenProperty().addListener((p, was, full) -> rotating.set(full));
                rotating.set(stage.isFullScreen());
            }
        });
        return root;
    }

    private Node tile(FloorStatus.LineStatus l) {
        Label name = new Label(l.figures().lineName());
        name.getStyleClass().addAll("line-name", "data");
        Label output = new Label(
                l.targetSoFar() > 0
                        ? m.get("line.output.target", l.figures().output(), l.targetSoFar())
                        : m.get("line.output", l.figures().output()));
        output.getStyleClass().add("line-figure");
        output.setWrapText(true);
        Sparkline spark = new Sparkline(
                l.hourly(),
                l.hourlyTarget(),
                m.get("line.spark", l.hourly().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        Label eff = new Label(l.figures()
                .efficiency()
                .map(e -> m.get("line.efficiency", percent(e.doubleValue())))
                .orElse(m.get("line.efficiency.none")));
        eff.getStyleClass().add("line-figure");
        eff.setWrapText(true);
        Label people = new Label(m.get("line.operators", l.figures().operators()));
        long wip = l.quality() == null ? 0 : l.quality().wip();
        Label quality = new Label(
                l.quality() == null || l.quality().dhu().isEmpty()
                        ? m.get("line.quality.nodhu", wip)
                        : m.get("line.quality", l.quality().dhu().orElseThrow().toPlainString(), wip));
        quality.getStyleClass().add("line-quality");
        Label stops = new Label();
        stops.textProperty().bind(stopBinding(l));
        stops.setWrapText(true);
        stops.getStyleClass().add("line-stop");
        Button open = new Button(m.get("line.detail.open"));
        open.setId("lineDetail-" + l.figures().lineCode());
        open.setOnAction(e -> detail.set(l.figures().lineId()));
        VBox tile = new VBox(6, name, output, spark, eff, people, quality, stops, open);
        tile.getStyleClass().add("line-tile");
        if (!l.stops().isEmpty()) {
            tile.getStyleClass().add("line-stopped");
        } else if (l.targetSoFar() > 0 && l.figures().output() < l.targetSoFar()) {
            tile.getStyleClass().add("line-behind");
        }
        return tile;
    }

    /** A line's state in words, its first running stop with a timer that moves every second. */
    private StringBinding stopBinding(FloorStatus.LineStatus l) {
        return Bindings.createStringBinding(
                () -> l.stops().isEmpty()
                        ? m.get("line.running")
                        : stopText(
                                l.stops().getFirst(),
                                machineName(l.stops().getFirst()),
                                vm.nowProperty().get()),
                vm.nowProperty());
    }

    private String machineName(DowntimeRow d) {
        FloorStatus.Snapshot s = vm.snapshotProperty().get();
        return s == null ? null : s.machineName(d.machineId());
    }

    /** The kiosk's next view: the overview, then each line in turn, then the overview again. */
    private void rotate() {
        FloorStatus.Snapshot s = vm.snapshotProperty().get();
        List<UUID> lines = s == null
                ? List.of()
                : s.lines().stream().map(l -> l.figures().lineId()).toList();
        int at = detail.get() == null ? -1 : lines.indexOf(detail.get());
        detail.set(at + 1 < lines.size() ? lines.get(at + 1) : null);
    }

    private Node stopRow(DowntimeRow d, String machineName) {
        Label what = new Label();
        what.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> m.get(
                                "down.row",
                                d.lineName(),
                                stopText(d, machineName, vm.nowProperty().get())),
                        vm.nowProperty()));
        what.setWrapText(true);
        HBox.setHgrow(what, Priority.ALWAYS);
        what.setMaxWidth(Double.MAX_VALUE);
        Button stop = new Button(m.get("down.stop"));
        stop.setOnAction(e -> vm.stop(d.id()));
        HBox row = new HBox(8, what, stop);
        row.getStyleClass().add("down-row");
        return row;
    }

    private String stopText(DowntimeRow d, String machineName, OffsetDateTime now) {
        String timer = timer(java.time.Duration.between(d.startedAt(), now));
        String why = reasonText(DowntimeReason.fromDb(d.reason()));
        return machineName == null ? m.get("stop.for", why, timer) : m.get("stop.machine.for", why, machineName, timer);
    }

    /** A running stop's age as a clock reads it: 4:07, or 1:04:07 past an hour. */
    static String timer(java.time.Duration age) {
        long s = Math.max(0, age.toSeconds());
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** A shift's start or end: hours and minutes, never seconds. */
    private static String clock(OffsetDateTime t) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(FORMATS.locale())
                .format(t.atZoneSameInstant(FORMATS.zone()));
    }

    private String reasonText(DowntimeReason r) {
        return m.get("reason." + r.dbValue());
    }

    /** The big tile's figure: whole percent, so it reads from 3 m and fits the tile in Floor mode. */
    private static String wholePercent(double value) {
        return String.format(Locale.ROOT, "%d %%", Math.round(value));
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f %%", value);
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
