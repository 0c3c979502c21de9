/**
 * The planner calendar's data: a week of scheduled work orders per technician, each technician's
 * capacity (from their shift or hours per day), moving a work order to another day or person with
 * the work order's version check, and the iCalendar (RFC 5545) export. No JavaFX.
 */
package io.plantdesk.maintenance.plan;
