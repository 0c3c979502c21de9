/**
 * The maintenance screens' stale-edit dialog: someone else saved the record while this person
 * edited it; both versions side by side, keep mine or take theirs (parts, vendors, locations,
 * assets).
 */
package io.plantdesk.maintenance.ui.conflict;
