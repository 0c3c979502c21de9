/**
 * The maintenance screens: the sidebar features and what they share. The planner's work-order
 * screens live in {@code backlog} (the SQL-paged list), {@code editor} (one work order: details,
 * labour, history, the conflict dialog) and {@code board} (the status board); each screen is a
 * view, a view model holding JavaFX properties (no Node, no Connection) and the module's services,
 * with every I/O on the TaskRunner. Strings come from {@code workorders.properties}.
 */
package io.plantdesk.maintenance.ui;
