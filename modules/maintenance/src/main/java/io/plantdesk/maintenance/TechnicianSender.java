package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.ActionResult;
import io.plantdesk.maintenance.api.ChecklistAnswer;
import io.plantdesk.maintenance.api.LabourReport;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.platform.Text;
import io.plantdesk.platform.ids.Ids;
import io.plantdesk.platform.outbox.ActionPayload;
import io.plantdesk.platform.outbox.ActionTypes;
import io.plantdesk.platform.outbox.FloorSync;
import io.plantdesk.platform.outbox.OutboxAction;
import java.lang.ref.WeakReference;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jdbi.v3.core.Jdbi;

/**
 * The technician's actions as maintenance's screens send them (status changes, labour, checklist
 * results and sign-off). With the person's outbox: straight to the server while it answers and
 * nothing waits, kept on this computer when it does not (see {@link FloorSync#sendOrQueue}).
 * Without one (a desk with no data folder, view tests): straight to the server. Either way the
 * call is the idempotent api call keyed by a new UUIDv7, so a direct call whose answer was lost
 * and its queued copy act once. Every method does I/O: for background tasks only.
 */
public final class TechnicianSender {

    private final MaintenanceApiService api;
    private final Optional<FloorSync> sync;
    private final Ids ids;
    private final Clock clock;

    public TechnicianSender(Jdbi jdbi, Clock clock, Optional<FloorSync> sync) {
        this.api = new MaintenanceApiService(jdbi, clock);
        this.sync = sync;
        this.ids = new Ids(clock);
        this.clock = clock;
    }

    /** The person's outbox, when this session has one. */
    public Optional<FloorSync> sync() {
        return sync;
    }

    /**
     * Moves a work order ({@code label}: its number and title, for the Sync panel).
     *
     * @return true when the server did it now, false when it was kept on this computer for the server
     */
    public boolean changeStatus(UUID workOrderId, String label, WorkOrderStatus to) {
        return send(
                TechnicianActionTypes.STATUS,
                TechnicianActionTypes.status(workOrderId, label, to),
                (key, at) -> api.changeStatus(key, workOrderId, to, at));
    }

    /** Hours worked; as {@link #changeStatus}. */
    public boolean logLabour(LabourReport labour, String label) {
        return send(
                TechnicianActionTypes.LABOUR,
                TechnicianActionTypes.labour(labour, label),
                (key, at) -> api.logLabour(key, labour));
    }

    /** One checklist item's result ({@code label}: the item's prompt); as {@link #changeStatus}. */
    public boolean answer(UUID itemId, String label, ChecklistAnswer answer) {
        return send(
                TechnicianActionTypes.CHECKLIST,
                TechnicianActionTypes.checklist(itemId, label, answer),
                (key, at) -> api.recordChecklistResult(key, itemId, answer, at));
    }

    /** Signs a checklist off as the person ({@code label}: the checklist's name); as {@link #changeStatus}. */
    public boolean signOff(UUID checklistId, UUID workOrderId, String label) {
        return send(
                TechnicianActionTypes.SIGN_OFF,
                TechnicianActionTypes.signOff(checklistId, workOrderId, label),
                (key, at) -> api.signOffChecklist(key, checklistId, at));
    }

    /**
     * The action carries the moment the person did it, so that when it waits in the outbox the
     * server still stores that time (bounded by its own clock), not the time of the replay.
     */
    private boolean send(String type, ActionPayload payload, BiFunction<UUID, OffsetDateTime, ActionResult> direct) {
        UUID key = ids.next();
        OffsetDateTime at = OffsetDateTime.now(clock);
        if (sync.isEmpty()) {
            direct.apply(key, at);
            return true;
        }
        return sync.get()
                .sendOrQueue(key, type, TechnicianActionTypes.recorded(payload, at), () -> direct.apply(key, at))
                .isPresent();
    }

    /**
     * One of the person's maintenance actions still in the outbox: waiting for the server, or
     * refused by it ({@code refusal}, in plant words) and waiting in the Sync panel.
     */
    public record Waiting(OutboxAction action, Text what, Optional<Text> refusal) {

        public String type() {
            return action.type();
        }

        public ActionPayload payload() {
            return action.payload();
        }
    }

    /** The person's maintenance actions in the outbox that {@code concerns} picks, oldest first. */
    public List<Waiting> waiting(Predicate<ActionPayload> concerns) {
        if (sync.isEmpty()) {
            return List.of();
        }
        ActionTypes types = sync.get().types();
        return sync.get().outbox().all().stream()
                .filter(a -> a.type().startsWith("maintenance."))
                .filter(a -> concerns.test(a.payload()))
                .map(a -> new Waiting(
                        a,
                        types.find(a.type()).map(t -> t.describe(a.payload())).orElse(MaintText.of("outbox.unknown")),
                        a.refusal()))
                .toList();
    }

    /**
     * Calls {@code changed} (on the replayer's thread) after each change the replayer makes to the
     * outbox after the server answered (delivered, refused), for as long as {@code owner} is in use: it is held weakly, so a
     * closed editor is forgotten (the replayer keeps an empty listener, a few bytes). Waits for the
     * outbox to open: call from a background task.
     */
    public <T> void follow(T owner, Consumer<T> changed) {
        sync.ifPresent(s -> {
            WeakReference<T> ref = new WeakReference<>(owner);
            s.replayer().onStatus(status -> {
                T o = ref.get();
                // Only what the server answered changes what a screen shows; a failed try changes nothing.
                if (o != null && status.serverAnswered()) {
                    changed.accept(o);
                }
            });
        });
    }
}
