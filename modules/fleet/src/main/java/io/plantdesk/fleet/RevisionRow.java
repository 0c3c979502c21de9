package io.plantdesk.fleet;

import java.time.OffsetDateTime;

/** One changed field of one revision, as the revisions query returns it (grouped by the service). */
public record RevisionRow(
        long id,
        String action,
        OffsetDateTime changedAt,
        String changedBy,
        String personName,
        String field,
        String beforeValue,
        String afterValue) {}
