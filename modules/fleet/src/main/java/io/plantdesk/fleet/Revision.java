package io.plantdesk.fleet;

import java.time.OffsetDateTime;
import java.util.List;

/** One change of an event: who made it, when, and each field's value before and after. */
public record Revision(
        long id,
        String action,
        OffsetDateTime changedAt,
        String changedBy,
        String personName,
        List<FieldChange> changes) {

    /** A field's stored value before and after, as text (null: had no value). */
    public record FieldChange(String field, String before, String after) {}
}
