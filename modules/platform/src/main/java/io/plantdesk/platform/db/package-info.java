/**
 * Reaching PostgreSQL: connection profiles (no passwords), the keychain, the small per-person pool,
 * Jdbi, Flyway and the mapping of database errors to sentences a person can act on.
 */
package io.plantdesk.platform.db;
