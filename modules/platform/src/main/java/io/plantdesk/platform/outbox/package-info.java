/**
 * Offline floor operations (DESIGN.md section 7): a floor action is written first to a local
 * durable outbox (one SQLite file per person, WAL, synchronous=FULL), acknowledged once it is on
 * disk, and replayed in order through its type's idempotent server call when the server answers.
 * Action types are a contribution point ({@link io.plantdesk.platform.outbox.ActionType}).
 */
package io.plantdesk.platform.outbox;
