/**
 * The maintenance module's API for other features (sewing opens a work order from a breakdown and
 * feeds pieces sewn into a machine's meter; the offline outbox replays a technician's actions):
 * interfaces and records only, every write carrying an idempotency key. Other features depend on
 * this package and nothing else of the module (ArchitectureTest keeps it so).
 */
package io.plantdesk.maintenance.api;
