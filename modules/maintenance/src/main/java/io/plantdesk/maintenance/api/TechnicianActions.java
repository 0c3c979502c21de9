package io.plantdesk.maintenance.api;

import java.util.UUID;

/**
 * A technician's actions, each safe to replay (the offline outbox sends them again until it gets
 * an answer): the same idempotency key twice acts once.
 */
public interface TechnicianActions {

    /** Moves a work order to a status the workflow allows from its current one. */
    ActionResult changeStatus(UUID idempotencyKey, UUID workOrderId, WorkOrderStatus to);

    ActionResult logLabour(UUID idempotencyKey, LabourReport labour);

    /** Records an item's result; a failed item may raise a corrective work order (ChecklistService). */
    ActionResult recordChecklistResult(UUID idempotencyKey, UUID checklistItemId, ChecklistAnswer answer);

    /** Signs a checklist off as the caller; refused while an item has no result or once it is signed. */
    ActionResult signOffChecklist(UUID idempotencyKey, UUID checklistId);
}
