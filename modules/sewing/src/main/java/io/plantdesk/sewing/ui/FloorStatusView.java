package io.plantdesk.sewing.ui;

import io.plantdesk.sewing.DowntimeReason;
import io.plantdesk.sewing.DowntimeRow;
import io.plantdesk.sewing.Line;
import io.plantdesk.sewing.Machine;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.KpiTile;
import io.plantdesk.ui.widgets.StateView;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The floor status: the plant's key figures of the shift, one tile per line (output against the
 * target so far, efficiency, operators present, stops in words with their minutes), and the
 * downtime panel. Tiles behind target or stopped are marked by a word and an orange edge, never by
 * colour alone; Floor mode enlarges everything for the big screen (sewing.css).
 */
public final class FloorStatusView {

    private static final Formats FORMATS = Formats.system();

    private final FloorStatusViewModel vm;
    private final Messages m;

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
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, shift);
        header.getStyleClass().add("page-header");

        HBox kpis = new HBox(12);
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
        ComboBox<Machine> machine = new ComboBox<>();
        machine.setId("downMachine");
        machine.setConverter(converter(x -> m.get("down.machine.item", x.code(), x.name())));
        machine.setPromptText(m.get("down.machine"));
        machine.disableProperty().bind(reason.valueProperty().isNotEqualTo(DowntimeReason.MACHINE_BREAKDOWN));
        TextField note = new TextField();
        note.setId("downNote");
        note.setPromptText(m.get("down.note"));
        HBox.setHgrow(note, Priority.ALWAYS);
        Button start = new Button(m.get("down.start"));
        start.setId("downStart");
        start.disableProperty().bind(line.valueProperty().isNull().or(reason.valueProperty().isNull()));
        start.setOnAction(e -> vm.start(line.getValue().id(), reason.getValue(),
                reason.getValue() == DowntimeReason.MACHINE_BREAKDOWN && machine.getValue() != null ? machine.getValue().id() : null,
                note.getText()));
        vm.lastStartedProperty().addListener((o, a, d) -> note.clear());
        HBox form = new HBox(8, line, reason, machine, note, start);
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
        vm.lastStartedProperty().addListener((o, a, d) -> worked.setText(d == null || d.workOrderNumber() == null ? ""
                : m.get("down.work.order", d.workOrderNumber())));
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
            shift.setText(s.shift() == null ? m.get("floor.no.calendar") : s.shift().name() == null
                    ? m.get("floor.no.shift")
                    : m.get("floor.shift", s.shift().name(), FORMATS.time(s.shift().startsAt().toInstant()),
                    FORMATS.time(s.shift().endsAt().toInstant())));
            double eff = s.efficiency();
            kpis.getChildren().setAll(
                    new KpiTile("kpiOutput", FORMATS.number(s.output()), m.get("kpi.output")),
                    new KpiTile("kpiEfficiency", eff < 0 ? m.get("floor.none") : wholePercent(eff), m.get("kpi.efficiency")),
                    new KpiTile("kpiOperators", FORMATS.number(s.operators()), m.get("kpi.operators")),
                    new KpiTile("kpiStops", FORMATS.number(s.running().size()), m.get("kpi.stops")));
            // A figure is never cut short: the tiles keep their width and share what is left.
            kpis.getChildren().forEach(k -> {
                ((Region) k).setMinWidth(Region.USE_PREF_SIZE);
                HBox.setHgrow(k, Priority.ALWAYS);
            });
            tiles.getChildren().setAll(s.lines().stream().map(l -> tile(l, s.at())).toList());
            Line keptLine = line.getValue();
            line.getItems().setAll(s.allLines());
            line.setValue(keptLine == null ? null : s.allLines().stream().filter(x -> x.id().equals(keptLine.id()))
                    .findFirst().orElse(null));
            Machine keptMachine = machine.getValue();
            machine.getItems().setAll(s.machines());
            machine.setValue(keptMachine == null ? null : s.machines().stream().filter(x -> x.id().equals(keptMachine.id()))
                    .findFirst().orElse(null));
            running.getChildren().setAll(s.running().stream().map(d -> stopRow(d, s.at())).toList());
        });

        VBox content = new VBox(16, kpis, tiles, downtime);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        StateView states = new StateView(scroll);
        VBox.setVgrow(states, Priority.ALWAYS);
        states.follow(vm.load(), new StateView.Texts(m.get("floor.loading"), m.get("floor.empty"), m.get("floor.empty.hint"),
                null, null, m.get("floor.error"), m.get("floor.retry"), vm::refresh));
        VBox body = new VBox(states);
        body.getStyleClass().addAll("page-body", "floor-status");
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        root.setId("floorStatus");
        return root;
    }

    private Node tile(FloorStatusViewModel.LineStatus l, OffsetDateTime now) {
        Label name = new Label(l.figures().lineName());
        name.getStyleClass().addAll("line-name", "data");
        Label output = new Label(l.targetSoFar() > 0
                ? m.get("line.output.target", l.figures().output(), l.targetSoFar())
                : m.get("line.output", l.figures().output()));
        output.getStyleClass().add("line-figure");
        Label eff = new Label(l.figures().efficiency().map(e -> m.get("line.efficiency", percent(e.doubleValue())))
                .orElse(m.get("line.efficiency.none")));
        eff.getStyleClass().add("line-figure");
        Label people = new Label(m.get("line.operators", l.figures().operators()));
        long wip = l.quality() == null ? 0 : l.quality().wip();
        Label quality = new Label(l.quality() == null || l.quality().dhu().isEmpty() ? m.get("line.quality.nodhu", wip)
                : m.get("line.quality", l.quality().dhu().orElseThrow().toPlainString(), wip));
        quality.getStyleClass().add("line-quality");
        Label stops = new Label(l.stops().isEmpty() ? m.get("line.running") : stopText(l.stops().getFirst(), now));
        stops.setWrapText(true);
        VBox tile = new VBox(6, name, output, eff, people, quality, stops);
        tile.getStyleClass().add("line-tile");
        if (!l.stops().isEmpty()) {
            tile.getStyleClass().add("line-stopped");
        } else if (l.targetSoFar() > 0 && l.figures().output() < l.targetSoFar()) {
            tile.getStyleClass().add("line-behind");
        }
        return tile;
    }

    private Node stopRow(DowntimeRow d, OffsetDateTime now) {
        Label what = new Label(m.get("down.row", d.lineName(), stopText(d, now)));
        what.setWrapText(true);
        HBox.setHgrow(what, Priority.ALWAYS);
        what.setMaxWidth(Double.MAX_VALUE);
        Button stop = new Button(m.get("down.stop"));
        stop.setOnAction(e -> vm.stop(d.id()));
        HBox row = new HBox(8, what, stop);
        row.getStyleClass().add("down-row");
        return row;
    }

    private String stopText(DowntimeRow d, OffsetDateTime now) {
        long minutes = Math.max(0, Duration.between(d.startedAt(), now).toMinutes());
        String why = reasonText(DowntimeReason.fromDb(d.reason()));
        return d.machineName() == null ? m.get("stop.for", why, minutes) : m.get("stop.machine.for", why, d.machineName(), minutes);
    }

    private String reasonText(DowntimeReason r) {
        return m.get("reason." + r.dbValue());
    }

    /** The big tile's figure: whole percent, so it reads from 3 m and fits the tile in Floor mode. */
    private static String wholePercent(double value) {
        return String.format(Locale.ROOT, "%d %%", Math.round(value));
    }

    private static String percent(double value) {
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
