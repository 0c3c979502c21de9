package io.plantdesk.activity.api;

import java.util.List;

/**
 * What other features may ask the activity module: the recorded changes of one of their rows
 * (a work order's history, say), newest first. Read under the person's own role, so only the roles
 * that may read the audit log (admins) get rows; everyone else gets "You are not allowed to do this."
 */
public interface AuditTrail {

    /**
     * @param table schema-qualified table, e.g. "maint.work_order"
     * @param rowId the row's id as text
     * @param limit at most this many, newest first
     */
    List<AuditEntry> history(String table, String rowId, int limit);
}
