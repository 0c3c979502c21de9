/** Logging in: a person's own PostgreSQL role, their tenant and role, and the schema check. */
package io.plantdesk.platform.session;
