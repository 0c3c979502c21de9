package io.plantdesk.maintenance.ui.editor;

import io.plantdesk.maintenance.ChecklistChoice;
import io.plantdesk.maintenance.TemplateDraft;
import io.plantdesk.maintenance.WorkOrderDraft;
import io.plantdesk.maintenance.WorkOrderTemplate;
import io.plantdesk.maintenance.ui.MaintenanceFeature;
import io.plantdesk.maintenance.ui.WorkOrderTexts;
import io.plantdesk.ui.widgets.DialogButtons;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Save as template": the form's job (title, description, type, priority, estimated hours) under
 * a name, with the checklist template its work orders run. Stays open with the sentence when the
 * database refuses it (a name in use, say), keeping what was typed.
 */
final class TemplateDialog {

    private TemplateDialog() {}

    static void show(
            Window owner,
            WorkOrderTexts t,
            TemplatesModel templates,
            WorkOrderDraft form,
            Consumer<WorkOrderTemplate> saved) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(t.get("template.dialog.title"));
        d.setHeaderText(t.get("template.dialog.header"));
        d.getDialogPane().setId("templateDialog");
        d.getDialogPane().getStylesheets().add(MaintenanceFeature.STYLESHEET);
        TextField name = new TextField(form.title());
        name.setId("templateName");
        name.setPrefColumnCount(28);
        ChecklistChoice none = new ChecklistChoice(null, t.get("template.checklist.none"));
        ObservableList<ChecklistChoice> choices = FXCollections.observableArrayList(none);
        choices.addAll(templates.checklists());
        ChoiceBox<ChecklistChoice> checklist = new ChoiceBox<>(choices);
        checklist.setId("templateChecklist");
        checklist.setConverter(t.converter(ChecklistChoice::name));
        checklist.setValue(none);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label(t.get("template.name")), name);
        grid.addRow(1, new Label(t.get("template.checklist")), checklist);
        Label error = new Label();
        error.setId("templateError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.setMaxWidth(520);
        d.getDialogPane().setContent(new VBox(10, grid, error));
        ButtonType save = new ButtonType(t.get("template.save"), ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, DialogButtons.cancel());
        Node ok = d.getDialogPane().lookupButton(save);
        ok.setId("templateSave");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (name.getText() == null || name.getText().isBlank()) {
                error.setText(t.get("template.check.name"));
                return;
            }
            ok.setDisable(true);
            templates.save(
                    TemplateDraft.of(name.getText().strip(), form)
                            .withChecklist(checklist.getValue().id()),
                    tpl -> {
                        d.setResult(null);
                        d.close();
                        saved.accept(tpl);
                    },
                    msg -> {
                        ok.setDisable(false);
                        error.setText(msg);
                    });
        });
        d.show();
        name.requestFocus();
    }
}
