/** The embedded PostgreSQL: the default server when none is configured, and the demo plant's home. */
package io.plantdesk.platform.embedded;
