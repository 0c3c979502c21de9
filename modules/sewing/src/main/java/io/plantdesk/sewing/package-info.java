/**
 * The sewing floor: lines and their operators, styles with their operation bulletin, sewing and
 * cutting runs, bundles and their scans, attendance, downtime and the shift figures. Records, a
 * DAO and services on the person's own login under row-level security; no JavaFX. Every floor
 * action takes the client's idempotency key, so the offline outbox can replay it.
 */
package io.plantdesk.sewing;
