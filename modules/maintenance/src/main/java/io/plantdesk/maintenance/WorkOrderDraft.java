package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a person edits on a work order (status, assignees, labour and checklists have calls of
 * their own). The database checks every rule (end after start, hours not negative, tag form, ...)
 * and a broken one comes back as a {@link io.plantdesk.platform.PlantdeskException} with a
 * sentence; the draft itself is kept, so nothing typed is lost on a failed save.
 */
public record WorkOrderDraft(
        String title,
        String description,
        WorkOrderType type,
        Priority priority,
        UUID assetId,
        OffsetDateTime dueAt,
        OffsetDateTime scheduledStart,
        OffsetDateTime scheduledEnd,
        BigDecimal estimatedHours,
        BigDecimal actualHours,
        OffsetDateTime downtimeStart,
        OffsetDateTime downtimeEnd,
        String failureCode,
        String failureCause,
        String failureRemedy,
        List<String> tags) {

    public WorkOrderDraft {
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
        priority = priority == null ? Priority.NORMAL : priority;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A new work order with a title and type, everything else empty. */
    public static WorkOrderDraft of(String title, WorkOrderType type) {
        return new WorkOrderDraft(
                title,
                "",
                type,
                Priority.NORMAL,
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
                null,
                List.of());
    }

    public WorkOrderDraft withTitle(String v) {
        return new WorkOrderDraft(
                v,
                description,
                type,
                priority,
                assetId,
                dueAt,
                scheduledStart,
                scheduledEnd,
                estimatedHours,
                actualHours,
                downtimeStart,
                downtimeEnd,
                failureCode,
                failureCause,
                failureRemedy,
                tags);
    }

    public WorkOrderDraft withAsset(UUID v) {
        return new WorkOrderDraft(
                title,
                description,
                type,
                priority,
                v,
                dueAt,
                scheduledStart,
                scheduledEnd,
                estimatedHours,
                actualHours,
                downtimeStart,
                downtimeEnd,
                failureCode,
                failureCause,
                failureRemedy,
                tags);
    }

    public WorkOrderDraft withPriority(Priority v) {
        return new WorkOrderDraft(
                title,
                description,
                type,
                v,
                assetId,
                dueAt,
                scheduledStart,
                scheduledEnd,
                estimatedHours,
                actualHours,
                downtimeStart,
                downtimeEnd,
                failureCode,
                failureCause,
                failureRemedy,
                tags);
    }

    public WorkOrderDraft withDue(OffsetDateTime v) {
        return new WorkOrderDraft(
                title,
                description,
                type,
                priority,
                assetId,
                v,
                scheduledStart,
                scheduledEnd,
                estimatedHours,
                actualHours,
                downtimeStart,
                downtimeEnd,
                failureCode,
                failureCause,
                failureRemedy,
                tags);
    }

    /** The planner calendar's drag: a new slot. */
    public WorkOrderDraft withSchedule(OffsetDateTime start, OffsetDateTime end) {
        return new WorkOrderDraft(
                title,
                description,
                type,
                priority,
                assetId,
                dueAt,
                start,
                end,
                estimatedHours,
                actualHours,
                downtimeStart,
                downtimeEnd,
                failureCode,
                failureCause,
                failureRemedy,
                tags);
    }

    public WorkOrderDraft withHours(BigDecimal estimated, BigDecimal actual) {
        return new WorkOrderDraft(
                title,
                description,
                type,
                priority,
                assetId,
                dueAt,
                scheduledStart,
                scheduledEnd,
                estimated,
                actual,
                downtimeStart,
                downtimeEnd,
                failureCode,
                failureCause,
                failureRemedy,
                tags);
    }

    public WorkOrderDraft withDowntime(OffsetDateTime start, OffsetDateTime end) {
        return new WorkOrderDraft(
                title,
                description,
                type,
                priority,
                assetId,
                dueAt,
                scheduledStart,
                scheduledEnd,
                estimatedHours,
                actualHours,
                start,
                end,
                failureCode,
                failureCause,
                failureRemedy,
                tags);
    }

    public WorkOrderDraft withFailure(String code, String cause, String remedy) {
        return new WorkOrderDraft(
                title,
                description,
                type,
                priority,
                assetId,
                dueAt,
                scheduledStart,
                scheduledEnd,
                estimatedHours,
                actualHours,
                downtimeStart,
                downtimeEnd,
                code,
                cause,
                remedy,
                tags);
    }

    public WorkOrderDraft withTags(List<String> v) {
        return new WorkOrderDraft(
                title,
                description,
                type,
                priority,
                assetId,
                dueAt,
                scheduledStart,
                scheduledEnd,
                estimatedHours,
                actualHours,
                downtimeStart,
                downtimeEnd,
                failureCode,
                failureCause,
                failureRemedy,
                v);
    }
}
