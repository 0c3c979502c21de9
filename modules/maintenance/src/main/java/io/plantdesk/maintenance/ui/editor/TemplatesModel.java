package io.plantdesk.maintenance.ui.editor;

import io.plantdesk.maintenance.ChecklistChoice;
import io.plantdesk.maintenance.TemplateDraft;
import io.plantdesk.maintenance.TemplateService;
import io.plantdesk.maintenance.WorkOrderTemplate;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The work-order templates in the editor: the plant's list, the one picked for a new work order
 * (its checklist comes with the work order when it is created), and saving the form as a new one.
 */
public final class TemplatesModel {

    private final TemplateService service;
    private final TaskRunner tasks;
    private final ObservableList<WorkOrderTemplate> templates = FXCollections.observableArrayList();
    private final ObservableList<ChecklistChoice> checklists = FXCollections.observableArrayList();
    private final ObjectProperty<WorkOrderTemplate> picked = new SimpleObjectProperty<>();

    TemplatesModel(TemplateService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    TemplateService service() {
        return service;
    }

    private record Lists(List<WorkOrderTemplate> templates, List<ChecklistChoice> checklists) {}

    /** Loads the plant's templates and checklist templates. */
    public void load(Consumer<String> failed) {
        tasks.run(
                "load templates",
                () -> new Lists(service.templates(), service.checklistTemplates()),
                l -> {
                    templates.setAll(l.templates());
                    checklists.setAll(l.checklists());
                },
                e -> failed.accept(ErrorText.of(e)));
    }

    /** Saves a new template; the list reloads and the new one is picked. */
    public void save(TemplateDraft draft, Consumer<WorkOrderTemplate> saved, Consumer<String> failed) {
        tasks.run(
                "save template",
                () -> {
                    WorkOrderTemplate t = service.save(draft);
                    return new Saved(t, service.templates());
                },
                s -> {
                    templates.setAll(s.all());
                    saved.accept(s.template());
                },
                e -> failed.accept(ErrorText.of(e)));
    }

    private record Saved(WorkOrderTemplate template, List<WorkOrderTemplate> all) {}

    public ObservableList<WorkOrderTemplate> templates() {
        return templates;
    }

    public ObservableList<ChecklistChoice> checklists() {
        return checklists;
    }

    /** The template a new work order is made from, or null. */
    public ObjectProperty<WorkOrderTemplate> pickedProperty() {
        return picked;
    }

    UUID pickedId() {
        WorkOrderTemplate t = picked.get();
        return t == null ? null : t.id();
    }
}
