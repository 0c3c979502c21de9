/**
 * The rollup engine's client side: job declarations, one-transaction runs with bounded catch-up,
 * the scheduler every client runs, and the data-version watcher for live refresh. The rest of the
 * engine (invalidation, locking, recompute, state) is in the database: sql/migrations/V006.
 */
package io.plantdesk.platform.rollup;
