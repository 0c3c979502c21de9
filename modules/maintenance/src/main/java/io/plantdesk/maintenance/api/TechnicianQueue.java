package io.plantdesk.maintenance.api;

import io.plantdesk.platform.outbox.OutboxAction;
import java.util.UUID;

/**
 * How screens record a technician's actions: into the person's offline outbox, never straight to
 * the server. Each call returns once the action is durable on this computer (then, and only then,
 * the screen may say it was recorded); the outbox's replayer delivers it through
 * {@link TechnicianActions} with the action's client id as the idempotency key, now or when the
 * server is back. A label in plant words (the work order's number and title, the checklist item's
 * text) goes with each action for the Sync panel.
 */
public interface TechnicianQueue {

    OutboxAction changeStatus(UUID workOrderId, String workOrderLabel, WorkOrderStatus to);

    OutboxAction logLabour(LabourReport labour, String workOrderLabel);

    OutboxAction recordChecklistResult(UUID checklistItemId, String itemLabel, ChecklistAnswer answer);
}
