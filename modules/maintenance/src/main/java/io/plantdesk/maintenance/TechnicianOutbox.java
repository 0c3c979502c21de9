package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.ChecklistAnswer;
import io.plantdesk.maintenance.api.LabourReport;
import io.plantdesk.maintenance.api.TechnicianQueue;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.platform.outbox.ActionPayload;
import io.plantdesk.platform.outbox.Outbox;
import io.plantdesk.platform.outbox.OutboxAction;
import io.plantdesk.platform.outbox.Replayer;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The technician's actions written to the outbox; the replayer (if given) is woken at once, so
 * while the server answers an action reaches it within moments, and while it does not nothing waits.
 */
final class TechnicianOutbox implements TechnicianQueue {

    private final Outbox outbox;
    private final Replayer replayer;

    TechnicianOutbox(Outbox outbox, Replayer replayer) {
        this.outbox = outbox;
        this.replayer = replayer;
    }

    @Override
    public OutboxAction changeStatus(UUID workOrderId, String workOrderLabel, WorkOrderStatus to) {
        return queued(outbox.append(
                TechnicianActionTypes.STATUS, now(TechnicianActionTypes.status(workOrderId, workOrderLabel, to))));
    }

    @Override
    public OutboxAction logLabour(LabourReport labour, String workOrderLabel) {
        return queued(
                outbox.append(TechnicianActionTypes.LABOUR, now(TechnicianActionTypes.labour(labour, workOrderLabel))));
    }

    @Override
    public OutboxAction recordChecklistResult(UUID checklistItemId, String itemLabel, ChecklistAnswer answer) {
        return queued(outbox.append(
                TechnicianActionTypes.CHECKLIST,
                now(TechnicianActionTypes.checklist(checklistItemId, itemLabel, answer))));
    }

    /** Stamped with the moment the person acts: the server stores that time, not the replay's. */
    private ActionPayload now(ActionPayload p) {
        return TechnicianActionTypes.recorded(p, OffsetDateTime.now(outbox.clock()));
    }

    private OutboxAction queued(OutboxAction a) {
        if (replayer != null) {
            replayer.kick();
        }
        return a;
    }
}
