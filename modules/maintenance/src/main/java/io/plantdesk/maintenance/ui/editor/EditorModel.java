package io.plantdesk.maintenance.ui.editor;

import io.plantdesk.maintenance.Labour;
import io.plantdesk.maintenance.SaveResult;
import io.plantdesk.maintenance.StatusChange;
import io.plantdesk.maintenance.WorkOrder;
import io.plantdesk.maintenance.WorkOrderDraft;
import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.maintenance.api.LabourReport;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One work order in the editor: the version the edit started from, its history and labour, and
 * the calls that change it. A save that finds a newer version hands both to {@code onConflict}
 * and writes nothing; a refused one hands the sentence to {@code failed}; the form keeps its text.
 */
public final class EditorModel {

    private final WorkOrderService service;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<WorkOrder> current = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StatusChange> history = FXCollections.observableArrayList();
    private final ObservableList<Labour> labour = FXCollections.observableArrayList();

    public EditorModel(WorkOrderService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    private record Loaded(WorkOrder workOrder, List<StatusChange> history, List<Labour> labour) {
    }

    /** Loads a work order with its history and labour. */
    public void open(UUID id, Runnable done, Consumer<String> failed) {
        tasks.latest("maint.editor.open", () -> new Loaded(service.find(id).orElseThrow(
                () -> io.plantdesk.maintenance.MaintText.error("not.found")), service.history(id), service.labour(id)),
                l -> {
                    current.set(l.workOrder());
                    history.setAll(l.history());
                    labour.setAll(l.labour());
                    done.run();
                }, e -> failed.accept(ErrorText.of(e)));
    }

    /** Creates a new work order from the form (requested, by the person logged in). */
    public void create(WorkOrderDraft draft, Consumer<WorkOrder> created, Consumer<String> failed) {
        tasks.run("create work order", () -> service.create(draft), w -> {
            current.set(w);
            created.accept(w);
        }, e -> failed.accept(ErrorText.of(e)));
    }

    /**
     * Saves the form over the version the edit started from ({@code baseVersion}; the conflict
     * dialog's "keep mine" passes the newer one).
     */
    public void save(WorkOrderDraft draft, int baseVersion, Consumer<WorkOrder> saved,
                     Consumer<SaveResult.Conflict> onConflict, Consumer<String> failed) {
        UUID id = current.get().id();
        tasks.run("save work order", () -> service.save(id, baseVersion, draft), r -> {
            switch (r) {
                case SaveResult.Saved s -> {
                    current.set(s.workOrder());
                    saved.accept(s.workOrder());
                }
                case SaveResult.Conflict c -> onConflict.accept(c);
            }
        }, e -> failed.accept(ErrorText.of(e)));
    }

    /** Takes the newer version as the base of the edit (the conflict dialog's "take theirs"). */
    public void adopt(WorkOrder theirs) {
        current.set(theirs);
    }

    public void changeStatus(WorkOrderStatus to, Consumer<WorkOrder> moved, Consumer<String> failed) {
        UUID id = current.get().id();
        tasks.run("change work order status", () -> new Loaded(service.changeStatus(id, to), service.history(id), List.of()),
                l -> {
                    current.set(l.workOrder());
                    history.setAll(l.history());
                    moved.accept(l.workOrder());
                }, e -> failed.accept(ErrorText.of(e)));
    }

    public void addLabour(LabourReport report, Runnable done, Consumer<String> failed) {
        tasks.run("log labour", () -> service.logLabour(report), list -> {
            labour.setAll(list);
            done.run();
        }, e -> failed.accept(ErrorText.of(e)));
    }

    public ReadOnlyObjectProperty<WorkOrder> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ObservableList<StatusChange> history() {
        return history;
    }

    public ObservableList<Labour> labour() {
        return labour;
    }
}
