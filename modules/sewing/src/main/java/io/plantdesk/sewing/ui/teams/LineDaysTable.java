package io.plantdesk.sewing.ui.teams;

import io.plantdesk.sewing.LineDay;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Columns;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The lines' days as the floor's day rollup counts them: output, efficiency against the target,
 * people, overtime and idle minutes, and whether the day was recorded on the floor or imported
 * (a recorded day takes precedence, so a line's day is never counted twice).
 */
final class LineDaysTable {

    private static final Formats FORMATS = Formats.system();

    private LineDaysTable() {}

    static TableView<LineDay> build(ObservableList<LineDay> days, Messages m) {
        TableView<LineDay> table = new TableView<>(days);
        table.setId("teamsLineDays");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text(m.get("teams.col.day"), (LineDay d) -> FORMATS.date(d.day())));
        table.getColumns().add(Columns.text(m.get("teams.lines.col.line"), LineDay::lineCode));
        table.getColumns().add(number(m.get("teams.lines.col.output"), d -> FORMATS.number(d.output())));
        table.getColumns()
                .add(number(
                        m.get("teams.lines.col.efficiency"),
                        d -> d.efficiency().map(e -> percent(m, e)).orElse(m.get("teams.dash"))));
        table.getColumns()
                .add(number(
                        m.get("teams.col.target"),
                        d -> d.targetEfficiency() == null ? m.get("teams.dash") : percent(m, d.targetEfficiency())));
        table.getColumns().add(number(m.get("teams.col.workers"), d -> decimal(d.operators())));
        table.getColumns().add(number(m.get("teams.col.overtime"), d -> FORMATS.number(d.overtimeMinutes())));
        table.getColumns().add(number(m.get("teams.lines.col.idle"), d -> decimal(d.downtimeMinutes())));
        table.getColumns()
                .add(Columns.text(
                        m.get("teams.lines.col.source"),
                        (LineDay d) ->
                                m.get("teams.lines.source." + d.source().name().toLowerCase(Locale.ROOT))));
        table.setPlaceholder(new Label(m.get("teams.lines.none")));
        return table;
    }

    private static TableColumn<LineDay, String> number(String title, Function<LineDay, String> value) {
        TableColumn<LineDay, String> c = Columns.text(title, value);
        c.getStyleClass().add("number");
        return c;
    }

    private static String decimal(BigDecimal v) {
        NumberFormat f = NumberFormat.getNumberInstance(FORMATS.locale());
        f.setMaximumFractionDigits(1);
        return f.format(v);
    }

    private static String percent(Messages m, BigDecimal value) {
        NumberFormat f = NumberFormat.getNumberInstance(FORMATS.locale());
        f.setMaximumFractionDigits(1);
        return m.get("teams.percent", f.format(value));
    }
}
