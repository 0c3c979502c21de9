package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A work-order template as a planner saves it; the database checks each field. */
public record TemplateDraft(
        String name,
        String title,
        String description,
        WorkOrderType type,
        Priority priority,
        BigDecimal estimatedHours,
        UUID checklistTemplateId,
        List<TemplatePart> parts) {

    public TemplateDraft {
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
        priority = priority == null ? Priority.NORMAL : priority;
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** The template of what a work order's form holds now (its job, not its machine or times). */
    public static TemplateDraft of(String name, WorkOrderDraft d) {
        return new TemplateDraft(
                name, d.title(), d.description(), d.type(), d.priority(), d.estimatedHours(), null, List.of());
    }

    public TemplateDraft withChecklist(UUID checklistTemplate) {
        return new TemplateDraft(name, title, description, type, priority, estimatedHours, checklistTemplate, parts);
    }

    public TemplateDraft withParts(List<TemplatePart> v) {
        return new TemplateDraft(name, title, description, type, priority, estimatedHours, checklistTemplateId, v);
    }
}
