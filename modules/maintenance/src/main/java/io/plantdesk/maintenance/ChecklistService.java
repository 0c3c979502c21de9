package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.ChecklistAnswer;
import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.platform.ids.Ids;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Checklists: templates (planners), checklists on work orders, a technician's results, sign-off
 * with a hash of the results, and the corrective work order a failed item raises. The database
 * computes each item's outcome, refuses a sign-off with an unanswered item, records the hash, and
 * freezes a signed checklist.
 */
public final class ChecklistService {

    private final Jdbi jdbi;
    private final Ids ids;

    public ChecklistService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
    }

    /** A reusable checklist (PM schedules copy it onto every work order they generate). */
    public UUID createTemplate(String name, List<NewChecklistItem> items) {
        return inTransaction(h -> {
            ChecklistDao dao = h.attach(ChecklistDao.class);
            UUID id = ids.next();
            dao.insertTemplate(id, name);
            int pos = 1;
            for (NewChecklistItem i : items) {
                dao.insertTemplateItem(ids.next(), id, pos++, i, i.kind().dbValue());
            }
            return id;
        });
    }

    /** Copies a template onto a work order. */
    public Checklist addFromTemplate(UUID workOrderId, UUID templateId) {
        return inTransaction(h -> addFromTemplate(h, workOrderId, templateId));
    }

    /** The same in the caller's transaction (a work order created from a work-order template). */
    Checklist addFromTemplate(Handle h, UUID workOrderId, UUID templateId) {
        ChecklistDao dao = h.attach(ChecklistDao.class);
        String name = dao.templateName(templateId).orElseThrow(() -> MaintText.error("checklist.not.found"));
        return add(h, workOrderId, templateId, name, dao.templateItems(templateId));
    }

    /** A one-off checklist on a work order. */
    public Checklist add(UUID workOrderId, String name, List<NewChecklistItem> items) {
        return inTransaction(h -> add(h, workOrderId, null, name, items));
    }

    private Checklist add(Handle h, UUID workOrderId, UUID templateId, String name, List<NewChecklistItem> items) {
        ChecklistDao dao = h.attach(ChecklistDao.class);
        UUID id = ids.next();
        dao.insertChecklist(id, workOrderId, templateId, name);
        int pos = 1;
        for (NewChecklistItem i : items) {
            dao.insertItem(ids.next(), id, pos++, i, i.kind().dbValue());
        }
        return load(dao, id);
    }

    public List<Checklist> checklists(UUID workOrderId) {
        return call(h -> {
            ChecklistDao dao = h.attach(ChecklistDao.class);
            return dao.checklists(workOrderId).stream()
                    .map(c -> c.with(dao.items(c.id())))
                    .toList();
        });
    }

    /** Records an item's result (again until sign-off); returns the item with its outcome. */
    public ChecklistItem answer(UUID itemId, ChecklistAnswer answer) {
        return inTransaction(h -> answer(h, itemId, answer));
    }

    static ChecklistItem answer(Handle h, UUID itemId, ChecklistAnswer answer) {
        ChecklistDao dao = h.attach(ChecklistDao.class);
        if (dao.answer(itemId, answer) == 0) {
            throw MaintText.error("item.not.found");
        }
        return dao.item(itemId).orElseThrow();
    }

    /**
     * Signs the checklist off as the caller: refused while an item has no result; the database
     * records the time and the SHA-256 of the results, and nothing in it changes afterwards.
     */
    public Checklist signOff(UUID checklistId) {
        return inTransaction(h -> {
            ChecklistDao dao = h.attach(ChecklistDao.class);
            UUID me = h.attach(WorkOrderDao.class).currentPerson().orElseThrow(() -> MaintText.error("no.person"));
            dao.checklist(checklistId).orElseThrow(() -> MaintText.error("checklist.not.found"));
            if (dao.signOff(checklistId, me) == 0) {
                throw MaintText.error("checklist.signed");
            }
            return load(dao, checklistId);
        });
    }

    /** Whether a signed checklist's results still hash to what was signed. */
    public boolean verify(UUID checklistId) {
        return call(h -> {
            ChecklistDao dao = h.attach(ChecklistDao.class);
            ChecklistDao.Head c = dao.checklist(checklistId).orElseThrow(() -> MaintText.error("checklist.not.found"));
            return c.resultsHash() != null
                    && c.resultsHash().equals(dao.recomputedHash(checklistId).orElse(null));
        });
    }

    /**
     * Raises a corrective work order from a failed item, on the same asset, once: asking again
     * returns the work order it raised (a unique index on the item keeps it to one).
     */
    public WorkOrder raiseCorrective(UUID itemId) {
        return inTransaction(h -> {
            ChecklistDao dao = h.attach(ChecklistDao.class);
            WorkOrderDao wo = h.attach(WorkOrderDao.class);
            Optional<UUID> already = dao.raisedFrom(itemId);
            if (already.isPresent()) {
                return wo.find(already.get()).orElseThrow();
            }
            ChecklistItem item = dao.item(itemId).orElseThrow(() -> MaintText.error("item.not.found"));
            if (!item.failed()) {
                throw MaintText.error("item.not.failed");
            }
            WorkOrder source =
                    wo.find(dao.workOrderOfItem(itemId).orElseThrow()).orElseThrow();
            String detail = item.value() != null
                    ? item.value().toPlainString() + (item.unit() == null ? "" : " " + item.unit())
                    : "";
            WorkOrderDraft draft = WorkOrderDraft.of(item.prompt(), WorkOrderType.CORRECTIVE)
                    .withAsset(source.assetId())
                    .withPriority(Priority.HIGH);
            draft = new WorkOrderDraft(
                    draft.title(),
                    String.join(
                                    "\n",
                                    "#" + source.number() + " " + source.title(),
                                    detail,
                                    item.note() == null ? "" : item.note())
                            .strip(),
                    draft.type(),
                    draft.priority(),
                    draft.assetId(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of());
            UUID id = WorkOrderService.insert(h, ids.next(), draft, WorkOrderStatus.REQUESTED, itemId);
            return wo.find(id).orElseThrow();
        });
    }

    private static Checklist load(ChecklistDao dao, UUID id) {
        return dao.checklist(id).orElseThrow().with(dao.items(id));
    }

    private <T> T call(Function<Handle, T> work) {
        try {
            return jdbi.withHandle(work::apply);
        } catch (JdbiException e) {
            throw MaintText.translate(e);
        }
    }

    private <T> T inTransaction(Function<Handle, T> work) {
        try {
            return jdbi.inTransaction(work::apply);
        } catch (JdbiException e) {
            throw MaintText.translate(e);
        }
    }
}
