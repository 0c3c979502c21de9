package io.plantdesk.maintenance.ui.editor;

import io.plantdesk.maintenance.Checklist;
import io.plantdesk.maintenance.Labour;
import io.plantdesk.maintenance.StatusChange;
import io.plantdesk.maintenance.TechnicianActionTypes;
import io.plantdesk.maintenance.TechnicianSender.Waiting;
import io.plantdesk.maintenance.WorkOrder;
import io.plantdesk.maintenance.api.ChecklistAnswer;
import io.plantdesk.maintenance.api.LabourReport;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.ui.i18n.ErrorText;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The technician's actions on the open work order (status changes, labour, checklist results,
 * sign-off), sent through the person's outbox: answered at once while the server answers, kept on
 * this computer while it does not. Keeps the list of this order's actions still waiting (or
 * refused), which the editor shows in plant words, and reads the order again when the replayer
 * delivers them.
 */
public final class TechnicianModel {

    private final EditorModel m;
    /** This work order's actions still in the person's outbox: waiting for the server, or refused by it. */
    private final ObservableList<Waiting> waiting = FXCollections.observableArrayList();

    TechnicianModel(EditorModel m) {
        this.m = m;
    }

    private record Moved(WorkOrder workOrder, List<StatusChange> history) {}

    /**
     * Records one item's result ({@code label}: its prompt): with the server there the checklists
     * reload with the database's outcome; without it the result is kept on this computer and
     * {@code queued} runs (the item then shows as waiting).
     */
    public void answer(
            UUID itemId,
            String label,
            ChecklistAnswer answer,
            Runnable done,
            Runnable queued,
            Consumer<String> failed) {
        UUID id = m.current.get().id();
        m.tasks.run(
                "answer checklist item",
                () -> m.sender.answer(itemId, label, answer) ? m.checklistService.checklists(id) : null,
                list -> afterSend(list, l -> m.checklists.setAll(l), done, queued),
                e -> failed.accept(ErrorText.of(e)));
    }

    /** Signs a checklist off as the person logged in (refused while an item has no result); as {@link #answer}. */
    public void signOff(UUID checklistId, String label, Runnable done, Runnable queued, Consumer<String> failed) {
        UUID id = m.current.get().id();
        m.tasks.run(
                "sign checklist off",
                () -> m.sender.signOff(checklistId, id, label) ? m.checklistService.checklists(id) : null,
                list -> afterSend(list, l -> m.checklists.setAll(l), done, queued),
                e -> failed.accept(ErrorText.of(e)));
    }

    /** A null answer: the action was kept on this computer (the outbox has it; the waiting list shows it). */
    private <T> void afterSend(T answer, Consumer<T> show, Runnable done, Runnable queued) {
        refreshWaiting();
        if (answer == null) {
            queued.run();
        } else {
            show.accept(answer);
            done.run();
        }
    }

    /** Reads again which of this work order's actions wait in the outbox (or were refused). */
    public void refreshWaiting() {
        WorkOrder w = m.current.get();
        if (w == null || m.sender.sync().isEmpty()) {
            return;
        }
        Set<String> items = m.checklists.stream()
                .flatMap(c -> c.items().stream())
                .map(i -> i.id().toString())
                .collect(Collectors.toSet());
        String id = w.id().toString();
        m.tasks.latest(
                "maint.editor.waiting",
                () -> m.sender.waiting(p -> p.get("workOrder").map(id::equals).orElse(false)
                        || p.get("item").map(items::contains).orElse(false)),
                waiting::setAll,
                e -> {});
    }

    /**
     * The replayer delivered or refused something (its thread): with this work order's actions
     * waiting, the order is read again, so what the server now holds replaces what was waiting.
     */
    void replayed() {
        WorkOrder w = m.current.get();
        if (w == null) {
            return;
        }
        UUID id = w.id();
        m.tasks.latest(
                "maint.editor.replayed",
                () -> new Reloaded(
                        m.service.find(id).orElseThrow(),
                        m.service.history(id),
                        m.service.labour(id),
                        m.checklistService.checklists(id)),
                r -> {
                    m.shownAsOf.set(null); // live again: the "Shown as of" mark goes
                    m.current.set(r.workOrder());
                    m.history.setAll(r.history());
                    m.labour.setAll(r.labour());
                    m.checklists.setAll(r.checklists());
                    refreshWaiting();
                },
                e -> refreshWaiting());
    }

    private record Reloaded(
            WorkOrder workOrder, List<StatusChange> history, List<Labour> labour, List<Checklist> checklists) {}

    /** This work order's actions in the person's outbox (empty without one). */
    public ObservableList<Waiting> waiting() {
        return waiting;
    }

    /** The status the last move kept on this computer goes to, while it waits for the server. */
    public Optional<WorkOrderStatus> goingTo() {
        return waiting.stream()
                .filter(a -> a.refusal().isEmpty() && a.type().equals(TechnicianActionTypes.STATUS))
                .reduce((a, b) -> b)
                .map(a -> WorkOrderStatus.fromDb(a.payload().require("status")));
    }

    /** Whether an action for this item or checklist waits in the outbox (not refused). */
    public boolean waitingFor(String key, UUID id) {
        return waiting.stream()
                .anyMatch(a -> a.refusal().isEmpty()
                        && a.payload().get(key).map(id.toString()::equals).orElse(false)
                        && (!key.equals("workOrder") || a.type().equals(TechnicianActionTypes.STATUS)));
    }

    /**
     * Moves the work order: with the server there it answers at once ({@code moved}); without it
     * the move is kept on this computer ({@code queued}) and the status shows as waiting.
     */
    public void changeStatus(WorkOrderStatus to, Consumer<WorkOrder> moved, Runnable queued, Consumer<String> failed) {
        WorkOrder w = m.current.get();
        UUID id = w.id();
        m.tasks.run(
                "change work order status",
                () -> m.sender.changeStatus(id, label(w), to)
                        ? new Moved(m.service.find(id).orElseThrow(), m.service.history(id))
                        : null,
                l -> afterSend(
                        l,
                        x -> {
                            m.current.set(x.workOrder());
                            m.history.setAll(x.history());
                            moved.accept(x.workOrder());
                        },
                        () -> {},
                        queued),
                e -> failed.accept(ErrorText.of(e)));
    }

    /** Logs hours; as {@link #changeStatus} ({@code done} after the server's answer or the keeping on this computer). */
    public void addLabour(LabourReport report, Runnable done, Runnable queued, Consumer<String> failed) {
        String label = label(m.current.get());
        m.tasks.run(
                "log labour",
                () -> m.sender.logLabour(report, label) ? m.service.labour(report.workOrderId()) : null,
                list -> afterSend(list, l -> m.labour.setAll(l), done, () -> {
                    done.run();
                    queued.run();
                }),
                e -> failed.accept(ErrorText.of(e)));
    }

    /** The work order in plant words for the Sync panel: its number and title. */
    static String label(WorkOrder w) {
        return "#" + w.number() + " " + w.title();
    }
}
