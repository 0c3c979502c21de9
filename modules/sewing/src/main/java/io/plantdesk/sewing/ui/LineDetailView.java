package io.plantdesk.sewing.ui;

import io.plantdesk.sewing.FloorStatus;
import io.plantdesk.sewing.ShiftSpan;
import io.plantdesk.ui.i18n.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One line on the big screen: its figures in large type and its output per hour of the shift
 * against the hourly target, as a bar chart (blue output, orange target: a pair colour-blind eyes
 * tell apart, each also named in the legend). The kiosk rotates through these.
 */
final class LineDetailView {

    private LineDetailView() {}

    static Node build(
            FloorStatus.LineStatus l,
            ShiftSpan shift,
            Messages m,
            ObservableValue<String> stop,
            Function<Double, String> percent,
            Runnable back) {
        Label name = new Label(l.figures().lineName());
        name.getStyleClass().addAll("detail-name", "data");
        Label output = new Label(
                l.targetSoFar() > 0
                        ? m.get("line.output.target", l.figures().output(), l.targetSoFar())
                        : m.get("line.output", l.figures().output()));
        Label eff = new Label(l.figures()
                .efficiency()
                .map(e -> m.get("line.efficiency", percent.apply(e.doubleValue())))
                .orElse(m.get("line.efficiency.none")));
        Label people = new Label(m.get("line.operators", l.figures().operators()));
        Label stopped = new Label();
        stopped.textProperty().bind(stop);
        stopped.setWrapText(true);
        for (Label x : new Label[] {output, eff, people, stopped}) {
            x.getStyleClass().add("detail-figure");
            x.setWrapText(true);
        }
        FlowPane figures = new FlowPane(32, 8, output, eff, people);

        CategoryAxis hours = new CategoryAxis();
        hours.setLabel(m.get("line.chart.hour"));
        NumberAxis pieces = new NumberAxis();
        pieces.setLabel(m.get("line.chart.pieces"));
        BarChart<String, Number> chart = new BarChart<>(hours, pieces);
        chart.setId("lineChart");
        chart.setTitle(m.get("line.chart.title"));
        chart.setAnimated(false);
        chart.getStyleClass().add("line-chart-hourly");
        XYChart.Series<String, Number> out = new XYChart.Series<>();
        out.setName(m.get("line.chart.output"));
        XYChart.Series<String, Number> target = new XYChart.Series<>();
        target.setName(m.get("line.chart.target"));
        DateTimeFormatter hh = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(Locale.getDefault(Locale.Category.FORMAT));
        var hour = shift.startsAt().atZoneSameInstant(ZoneId.systemDefault()).truncatedTo(ChronoUnit.HOURS);
        for (Long v : l.hourly()) {
            String label = hh.format(hour);
            out.getData().add(new XYChart.Data<>(label, v));
            target.getData().add(new XYChart.Data<>(label, l.hourlyTarget()));
            hour = hour.plusHours(1);
        }
        chart.getData().setAll(List.of(out, target));
        VBox.setVgrow(chart, Priority.ALWAYS);
        chart.setMinHeight(240);

        Button close = new Button(m.get("line.detail.back"));
        close.setId("lineDetailBack");
        close.setOnAction(e -> back.run());
        VBox box = new VBox(12, close, name, figures, stopped, chart);
        box.setId("lineDetail");
        box.getStyleClass().add("line-detail");
        return box;
    }
}
