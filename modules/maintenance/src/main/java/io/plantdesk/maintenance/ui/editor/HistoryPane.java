package io.plantdesk.maintenance.ui.editor;

import io.plantdesk.maintenance.StatusChange;
import io.plantdesk.maintenance.ui.PlantPeople;
import io.plantdesk.maintenance.ui.WorkOrderTexts;
import io.plantdesk.ui.i18n.Formats;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * A work order's status history in words: "May 3, 14:02: Asha Rao changed status from Requested to
 * Approved." People's names, never login roles.
 */
final class HistoryPane {

    private final WorkOrderTexts t;
    private final EditorModel model;
    private final PlantPeople people;

    HistoryPane(WorkOrderTexts t, EditorModel model, PlantPeople people) {
        this.t = t;
        this.model = model;
        this.people = people;
    }

    Node node() {
        ListView<StatusChange> list = new ListView<>(model.history());
        list.setId("woHistory");
        list.setPlaceholder(new Label(t.get("history.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(StatusChange c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : sentence(c));
            }
        });
        return list;
    }

    String sentence(StatusChange c) {
        String when = Formats.system().dateTime(c.at());
        String who = people.name(c.byLogin(), t.get("history.setup"), t.get("history.someone"));
        return c.from() == null ? t.get("history.created", when, who, t.status(c.to()))
                : t.get("history.changed", when, who, t.status(c.from()), t.status(c.to()));
    }
}
