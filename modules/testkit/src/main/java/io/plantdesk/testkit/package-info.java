/**
 * Test support: a real PostgreSQL for database tests (embedded by default, or the server in
 * {@code PLANTDESK_TEST_DB_URL}), one migrated template per run, a fresh database copy per test
 * class, and people who log in as their own roles, exactly as in production.
 */
package io.plantdesk.testkit;
