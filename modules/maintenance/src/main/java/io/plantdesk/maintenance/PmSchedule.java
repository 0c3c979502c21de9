package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A PM schedule and where it stands: the next calendar due, the next meter due, and how many work
 * orders it has generated ({@code cycle}), and the work-order template whose checklist and parts
 * its work orders get.
 */
public record PmSchedule(
        UUID id,
        UUID assetId,
        String title,
        WorkOrderType type,
        Priority priority,
        UUID checklistTemplateId,
        BigDecimal estimatedHours,
        Integer intervalDays,
        OffsetDateTime nextDueAt,
        int leadDays,
        UUID meterId,
        BigDecimal meterInterval,
        BigDecimal nextDueMeter,
        BigDecimal meterLead,
        int cycle,
        boolean active,
        int version,
        UUID workOrderTemplateId) {}
