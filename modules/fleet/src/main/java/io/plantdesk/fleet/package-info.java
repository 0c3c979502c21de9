/**
 * Vehicle timelines: garages, vehicles and their events (fuel, service, damage, readings, ...),
 * every edit kept, soft delete and restore, location corrections, the odometer rule, fuel economy
 * as LubeLogger computes it, and LubeLogger CSV import and export. Records, DAOs and services on
 * the person's own login under row-level security; no JavaFX.
 */
package io.plantdesk.fleet;
