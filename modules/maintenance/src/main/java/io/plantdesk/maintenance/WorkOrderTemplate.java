package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A saved work-order template: the job's words, type, priority and hours, the checklist template
 * a work order made from it runs ({@code checklistName} for showing it), and its usual parts.
 */
public record WorkOrderTemplate(
        UUID id,
        String name,
        String title,
        String description,
        WorkOrderType type,
        Priority priority,
        BigDecimal estimatedHours,
        UUID checklistTemplateId,
        String checklistName,
        List<TemplatePart> parts,
        int version) {

    public WorkOrderTemplate {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** A new work order's form filled from the template (machine, times and failure left empty). */
    public WorkOrderDraft draft() {
        return new WorkOrderDraft(
                title,
                description,
                type,
                priority,
                null,
                null,
                null,
                null,
                estimatedHours,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    public WorkOrderTemplate withParts(List<TemplatePart> v) {
        return new WorkOrderTemplate(
                id,
                name,
                title,
                description,
                type,
                priority,
                estimatedHours,
                checklistTemplateId,
                checklistName,
                v,
                version);
    }
}
