package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A preventive-maintenance schedule: by calendar ({@code intervalDays} from {@code firstDueAt},
 * generated {@code leadDays} ahead), by meter ({@code meterInterval} units of {@code meterId} from
 * {@code firstDueMeter}, generated {@code meterLead} units ahead), or both, whichever comes first
 * (each generation restarts the other from that moment or reading). A schedule naming a
 * work-order template ({@code workOrderTemplateId}) gives the work orders it generates that
 * template's checklist (when it has none of its own) and its parts as planned parts.
 */
public record PmScheduleDraft(
        UUID assetId,
        String title,
        String description,
        WorkOrderType type,
        Priority priority,
        UUID checklistTemplateId,
        BigDecimal estimatedHours,
        Integer intervalDays,
        OffsetDateTime firstDueAt,
        int leadDays,
        UUID meterId,
        BigDecimal meterInterval,
        BigDecimal firstDueMeter,
        BigDecimal meterLead,
        UUID workOrderTemplateId) {

    public PmScheduleDraft {
        Objects.requireNonNull(assetId, "assetId");
        description = description == null ? "" : description;
        type = type == null ? WorkOrderType.PREVENTIVE : type;
        priority = priority == null ? Priority.NORMAL : priority;
        meterLead = meterLead == null ? BigDecimal.ZERO : meterLead;
    }

    public static PmScheduleDraft calendar(
            UUID assetId, String title, int intervalDays, OffsetDateTime firstDueAt, int leadDays) {
        return new PmScheduleDraft(
                assetId,
                title,
                "",
                WorkOrderType.PREVENTIVE,
                Priority.NORMAL,
                null,
                null,
                intervalDays,
                firstDueAt,
                leadDays,
                null,
                null,
                null,
                null,
                null);
    }

    public static PmScheduleDraft meter(
            UUID assetId, String title, UUID meterId, BigDecimal interval, BigDecimal firstDue, BigDecimal lead) {
        return new PmScheduleDraft(
                assetId,
                title,
                "",
                WorkOrderType.PREVENTIVE,
                Priority.NORMAL,
                null,
                null,
                null,
                null,
                7,
                meterId,
                interval,
                firstDue,
                lead,
                null);
    }

    /** Whichever comes first: the calendar's and the meter's terms together. */
    public PmScheduleDraft orCalendar(int days, OffsetDateTime firstDue, int lead) {
        return new PmScheduleDraft(
                assetId,
                title,
                description,
                type,
                priority,
                checklistTemplateId,
                estimatedHours,
                days,
                firstDue,
                lead,
                meterId,
                meterInterval,
                firstDueMeter,
                meterLead,
                workOrderTemplateId);
    }

    public PmScheduleDraft withChecklist(UUID templateId, BigDecimal hours) {
        return new PmScheduleDraft(
                assetId,
                title,
                description,
                type,
                priority,
                templateId,
                hours,
                intervalDays,
                firstDueAt,
                leadDays,
                meterId,
                meterInterval,
                firstDueMeter,
                meterLead,
                workOrderTemplateId);
    }

    /** The work-order template whose checklist and parts the generated work orders get. */
    public PmScheduleDraft withTemplate(UUID templateId) {
        return new PmScheduleDraft(
                assetId,
                title,
                description,
                type,
                priority,
                checklistTemplateId,
                estimatedHours,
                intervalDays,
                firstDueAt,
                leadDays,
                meterId,
                meterInterval,
                firstDueMeter,
                meterLead,
                templateId);
    }
}
