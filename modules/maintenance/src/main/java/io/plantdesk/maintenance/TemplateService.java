package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.platform.ids.Ids;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Work-order templates: a planner saves a recurring job once (its words, type, priority, hours,
 * checklist template and usual parts) and picks it to fill a new work order. A work order created
 * from a template gets the template's checklist and planned parts in the same transaction, so it
 * never exists without them. Planners and admins write templates (the grants); everyone reads them.
 */
public final class TemplateService {

    private final Jdbi jdbi;
    private final Ids ids;
    private final ChecklistService checklists;

    public TemplateService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
        this.checklists = new ChecklistService(jdbi, clock);
    }

    /** Saves a new template with its parts; a name another template of the plant uses is refused. */
    public WorkOrderTemplate save(TemplateDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw MaintText.error("template.name.empty");
        }
        UUID id = ids.next();
        return inTransaction(h -> {
            TemplateDao dao = h.attach(TemplateDao.class);
            dao.insert(id, draft, draft.type().dbValue(), draft.priority().code());
            for (TemplatePart p : draft.parts()) {
                dao.insertPart(ids.next(), id, p.partId(), p.quantity());
            }
            return load(dao).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        });
    }

    /** The plant's templates by name, each with its parts. */
    public List<WorkOrderTemplate> templates() {
        return call(this::load);
    }

    /** The checklist templates a work-order template may run. */
    public List<ChecklistChoice> checklistTemplates() {
        return call(h -> h.attach(TemplateDao.class).checklistTemplates());
    }

    /**
     * Creates a requested work order from the form a template filled (the person may have changed
     * it), and copies the template's checklist and its parts (as planned parts) onto it, in one
     * transaction.
     */
    public WorkOrder createFrom(UUID templateId, WorkOrderDraft draft) {
        return inTransaction(h -> {
            WorkOrderTemplate t = load(h).stream()
                    .filter(x -> x.id().equals(templateId))
                    .findFirst()
                    .orElseThrow(() -> MaintText.error("template.not.found"));
            UUID id = WorkOrderService.insert(h, ids.next(), draft, WorkOrderStatus.REQUESTED, null);
            if (t.checklistTemplateId() != null) {
                checklists.addFromTemplate(h, id, t.checklistTemplateId());
            }
            PlannedPartsDao planned = h.attach(PlannedPartsDao.class);
            for (TemplatePart p : t.parts()) {
                planned.insert(ids.next(), id, p.partId(), p.quantity());
            }
            return h.attach(WorkOrderDao.class).find(id).orElseThrow();
        });
    }

    private List<WorkOrderTemplate> load(Handle h) {
        return load(h.attach(TemplateDao.class));
    }

    private List<WorkOrderTemplate> load(TemplateDao dao) {
        return dao.templates().stream().map(t -> t.withParts(dao.parts(t.id()))).toList();
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
