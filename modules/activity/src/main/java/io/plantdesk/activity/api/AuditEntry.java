package io.plantdesk.activity.api;

import java.time.OffsetDateTime;

/** A row of core.audit_log: who changed what, with the changed columns old and new (JSON). */
public record AuditEntry(
        long id,
        OffsetDateTime at,
        String tableName,
        String rowId,
        String action,
        String actor,
        String oldValues,
        String newValues) {}
