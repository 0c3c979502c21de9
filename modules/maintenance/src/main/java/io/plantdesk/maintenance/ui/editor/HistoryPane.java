package io.plantdesk.maintenance.ui.editor;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.FieldChange;
import io.plantdesk.maintenance.StatusChange;
import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.maintenance.ui.PlantPeople;
import io.plantdesk.maintenance.ui.WorkOrderTexts;
import io.plantdesk.ui.i18n.Formats;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * A work order's history in words, oldest first: its status steps ("May 3, 14:02: Asha Rao
 * changed status from Requested to Approved.") and each field a save changed ("May 3, 14:05: Ravi
 * Kumar changed Priority: Normal → High."). People's names, the editor's field names and plant
 * words for values; never login roles, column names or JSON.
 */
final class HistoryPane {

    /** Longer texts (a description, a cause) are named as edited rather than quoted in a line. */
    private static final int QUOTED = 60;

    private final WorkOrderTexts t;
    private final EditorModel model;
    private final PlantPeople people;
    private final List<Asset> machines;
    private final Formats formats = Formats.system();

    HistoryPane(WorkOrderTexts t, EditorModel model, PlantPeople people, List<Asset> machines) {
        this.t = t;
        this.model = model;
        this.people = people;
        this.machines = machines;
    }

    /** One line of the history at its time. */
    record Line(OffsetDateTime at, String text) {}

    Node node() {
        ObservableList<Line> lines = FXCollections.observableArrayList();
        Runnable rebuild = () -> lines.setAll(lines());
        model.history().addListener((ListChangeListener<StatusChange>) c -> rebuild.run());
        model.changes().addListener((ListChangeListener<FieldChange>) c -> rebuild.run());
        rebuild.run();
        ListView<Line> list = new ListView<>(lines);
        list.setId("woHistory");
        list.setPlaceholder(new Label(t.get("history.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Line l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : l.text());
            }
        });
        return list;
    }

    List<Line> lines() {
        List<Line> out = new ArrayList<>();
        for (StatusChange c : model.history()) {
            out.add(new Line(c.at(), sentence(c)));
        }
        for (FieldChange c : model.changes()) {
            out.add(new Line(c.at(), sentence(c)));
        }
        out.sort(Comparator.comparing(Line::at)); // stable: a save's fields keep their order
        return out;
    }

    String sentence(StatusChange c) {
        String when = formats.dateTime(c.at());
        String who = name(c.byLogin());
        return c.from() == null
                ? t.get("history.created", when, who, t.status(c.to()))
                : t.get("history.changed", when, who, t.status(c.from()), t.status(c.to()));
    }

    String sentence(FieldChange c) {
        String when = formats.dateTime(c.at());
        String who = name(c.byLogin());
        String field = t.get("editor.field." + c.field().label());
        if (isLong(c.before()) || isLong(c.after())) {
            return t.get("history.field.edited", when, who, field);
        }
        return t.get("history.field", when, who, field, value(c, c.before()), value(c, c.after()));
    }

    private static boolean isLong(String v) {
        return v != null && (v.length() > QUOTED || v.indexOf('\n') >= 0);
    }

    /** A stored value in plant words: "High", "Lockstitch 1", "Dec 3, 14:00", "2.5", or "none". */
    private String value(FieldChange c, String v) {
        if (v == null || v.isBlank()) {
            return t.get("history.value.none");
        }
        try {
            return switch (c.field()) {
                case PRIORITY -> t.priority(Priority.fromCode(Integer.parseInt(v)));
                case TYPE -> t.type(WorkOrderType.fromDb(v));
                case ASSET ->
                    machines.stream()
                            .filter(a -> a.id().toString().equals(v))
                            .map(Asset::name)
                            .findFirst()
                            .orElse(t.get("history.value.otherMachine"));
                case REQUESTED_BY -> people.nameById().getOrDefault(UUID.fromString(v), t.get("history.someone"));
                case DUE, SCHEDULED_START, SCHEDULED_END, DOWNTIME_START, DOWNTIME_END ->
                    formats.dateTime(OffsetDateTime.parse(v));
                case ESTIMATED_HOURS, ACTUAL_HOURS ->
                    new BigDecimal(v).stripTrailingZeros().toPlainString();
                default -> v;
            };
        } catch (IllegalArgumentException | DateTimeParseException odd) {
            return v; // a value written by an older client in another form: shown as stored
        }
    }

    private String name(String login) {
        return people.name(login, t.get("history.setup"), t.get("history.someone"));
    }
}
