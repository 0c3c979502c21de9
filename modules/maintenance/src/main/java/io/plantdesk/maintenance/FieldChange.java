package io.plantdesk.maintenance;

import java.time.OffsetDateTime;

/**
 * One field of a work order changed by one save, from the audit log: the values as the database
 * wrote them (ISO times, priority codes, type names, ids; a list joined with ", "; null when empty).
 * The editor's history turns them into plant words.
 */
public record FieldChange(OffsetDateTime at, String byLogin, WorkOrderField field, String before, String after) {}
