/**
 * The platform: everything Plantdesk features stand on that is not JavaFX. Database profiles and
 * pools, Flyway, the embedded PostgreSQL, sessions and roles, people, ids, the task runner contract.
 */
package io.plantdesk.platform;
