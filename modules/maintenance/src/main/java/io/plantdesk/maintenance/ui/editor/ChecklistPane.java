package io.plantdesk.maintenance.ui.editor;

import io.plantdesk.maintenance.Checklist;
import io.plantdesk.maintenance.ChecklistItem;
import io.plantdesk.maintenance.ItemKind;
import io.plantdesk.maintenance.api.ChecklistAnswer;
import io.plantdesk.maintenance.ui.PlantPeople;
import io.plantdesk.maintenance.ui.WorkOrderTexts;
import io.plantdesk.ui.i18n.DataText;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.widgets.Forms;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Checklist execution: each item's result (pass or fail, a value checked against its limits, a
 * note), recorded one at a time, the outcome as the database computed it, and the sign-off, after
 * which nothing changes (the controls are disabled and the database refuses it anyway).
 */
final class ChecklistPane {

    private final WorkOrderTexts t;
    private final EditorModel model;
    private final PlantPeople people;
    private final VBox box = new VBox(16);
    private final Label error = new Label();
    /** Each item's outcome and each checklist's sign-off button: marked in place while their action waits for the server. */
    private final Map<UUID, Runnable> marks = new HashMap<>();

    ChecklistPane(WorkOrderTexts t, EditorModel model, PlantPeople people) {
        this.t = t;
        this.model = model;
        this.people = people;
    }

    Node node() {
        error.setId("checklistError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        model.checklists().addListener((ListChangeListener<Checklist>) c -> fill());
        // In place, not a refill: what was typed into the other items stays.
        model.technician()
                .waiting()
                .addListener((Observable o) -> marks.values().forEach(Runnable::run));
        fill();
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        // The list takes the tab's height: a waiting list above the tabs must not push "Sign off" out of view.
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return new VBox(8, error, scroll);
    }

    private void fill() {
        box.getChildren().clear();
        marks.clear();
        if (model.checklists().isEmpty()) {
            box.getChildren().add(new Label(t.get("checklist.none")));
        }
        for (Checklist c : model.checklists()) {
            box.getChildren().add(checklist(c));
        }
    }

    private Node checklist(Checklist c) {
        Label name = DataText.mark(new Label(c.name()));
        name.getStyleClass().add("text-bold");
        GridPane g = new GridPane();
        g.getStyleClass().add("form-grid");
        int r = 0;
        for (ChecklistItem item : c.items()) {
            item(g, r++, item, c.signed());
        }
        VBox out = new VBox(8, name, g);
        if (c.signed()) {
            Label signed = new Label(t.get(
                    "checklist.signed",
                    people.nameById().getOrDefault(c.signedBy(), t.get("history.someone")),
                    Formats.system().dateTime(c.signedAt())));
            signed.setId("checklistSigned");
            signed.setWrapText(true);
            out.getChildren().add(signed);
        } else {
            Button sign = new Button(t.get("checklist.sign"));
            sign.setId("checklistSign");
            sign.setOnAction(e -> {
                sign.setDisable(true);
                model.technician()
                        .signOff(
                                c.id(),
                                c.name(),
                                () -> error.setText(""),
                                () -> Forms.notice(error, t.get("offline.kept")),
                                msg -> {
                                    sign.setDisable(false);
                                    error.setText(msg);
                                });
            });
            Runnable mark = () -> {
                boolean kept = model.technician().waitingFor("checklist", c.id());
                sign.setText(kept ? t.get("checklist.sign.waiting") : t.get("checklist.sign"));
                sign.setDisable(kept);
            };
            marks.put(c.id(), mark);
            mark.run();
            out.getChildren().add(sign);
        }
        return out;
    }

    private void item(GridPane g, int row, ChecklistItem item, boolean signed) {
        String id = "checkItem" + item.position();
        Label prompt = DataText.mark(new Label(item.prompt() + limits(item)));
        prompt.setWrapText(true);
        prompt.setMaxWidth(320);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        TextField note = new TextField(item.note() == null ? "" : item.note());
        note.setId(id + "Note");
        note.setPromptText(t.get("checklist.note"));
        note.setPrefColumnCount(14);
        String answered = item.outcome() == null
                ? t.get("checklist.open")
                : item.failed() ? t.get("checklist.fail") : t.get("checklist.pass");
        Label outcome = new Label(answered);
        outcome.setId(id + "Outcome");
        outcome.getStyleClass().add(item.failed() ? "field-error" : "text-muted");
        outcome.setWrapText(true);
        outcome.setMaxWidth(220);
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        Runnable mark = () -> outcome.setText(
                model.technician().waitingFor("item", item.id()) ? t.get("checklist.waiting") : answered);
        marks.put(item.id(), mark);
        mark.run();
        Button record = new Button(t.get("checklist.record"));
        record.setId(id + "Record");
        HBox answer = new HBox(6);
        ToggleGroup group = new ToggleGroup();
        TextField value = new TextField(
                item.value() == null ? "" : item.value().stripTrailingZeros().toPlainString());
        if (item.kind() == ItemKind.PASS_FAIL) {
            ToggleButton pass = new ToggleButton(t.get("checklist.pass"));
            pass.setId(id + "Pass");
            ToggleButton fail = new ToggleButton(t.get("checklist.fail"));
            fail.setId(id + "Fail");
            pass.setToggleGroup(group);
            fail.setToggleGroup(group);
            pass.setSelected(Boolean.TRUE.equals(item.passed()));
            fail.setSelected(Boolean.FALSE.equals(item.passed()));
            answer.getChildren().addAll(pass, fail);
        } else if (item.kind() == ItemKind.VALUE) {
            value.setId(id + "Value");
            value.setPrefColumnCount(6);
            answer.getChildren().addAll(value, DataText.mark(new Label(item.unit() == null ? "" : item.unit())));
        }
        record.setOnAction(e -> {
            ChecklistAnswer a;
            String n = note.getText() == null || note.getText().isBlank()
                    ? null
                    : note.getText().strip();
            switch (item.kind()) {
                case PASS_FAIL -> {
                    if (group.getSelectedToggle() == null) {
                        error.setText(t.get("checklist.check.passfail"));
                        return;
                    }
                    a = new ChecklistAnswer(
                            group.getSelectedToggle()
                                    .equals(answer.getChildren().getFirst()),
                            null,
                            n);
                }
                case VALUE -> {
                    BigDecimal v;
                    try {
                        v = new BigDecimal(value.getText().strip().replace(',', '.'));
                    } catch (NumberFormatException ex) {
                        error.setText(t.get("checklist.check.value"));
                        return;
                    }
                    a = new ChecklistAnswer(null, v, n);
                }
                default -> {
                    if (n == null) {
                        error.setText(t.get("checklist.check.note"));
                        return;
                    }
                    a = new ChecklistAnswer(null, null, n);
                }
            }
            record.setDisable(true);
            model.technician()
                    .answer(
                            item.id(),
                            item.prompt(),
                            a,
                            () -> error.setText(""),
                            () -> {
                                record.setDisable(false); // a second result goes behind the first, in order
                                Forms.notice(error, t.get("offline.kept"));
                            },
                            msg -> {
                                record.setDisable(false);
                                error.setText(msg);
                            });
        });
        for (Node n : new Node[] {answer, note, record}) {
            n.setDisable(signed);
        }
        g.addRow(row, prompt, answer, note, record, outcome);
    }

    private String limits(ChecklistItem item) {
        if (item.kind() != ItemKind.VALUE || (item.lowLimit() == null && item.highLimit() == null)) {
            return "";
        }
        String unit = item.unit() == null ? "" : item.unit();
        String low = item.lowLimit() == null
                ? null
                : item.lowLimit().stripTrailingZeros().toPlainString();
        String high = item.highLimit() == null
                ? null
                : item.highLimit().stripTrailingZeros().toPlainString();
        return " "
                + (low != null && high != null
                        ? t.get("checklist.limits.between", low, high, unit)
                        : low != null
                                ? t.get("checklist.limits.min", low, unit)
                                : t.get("checklist.limits.max", high, unit));
    }
}
