/**
 * Tests of the testkit itself and of the core schema it migrates: tenant isolation under forced
 * row-level security, the catalog rules of DESIGN.md section 5, the audit trail, optimistic locking,
 * people management and login, all against a real PostgreSQL.
 */
package io.plantdesk.testkit;
