/**
 * Maintenance (the CMMS): assets and their meters, work orders with database-enforced status
 * transitions, checklists, labour, preventive-maintenance schedules and parts. Records, DAOs and
 * services on the person's own login under row-level security; no JavaFX.
 */
package io.plantdesk.maintenance;
