/** The migration tracker: each environment's schema history in the grid's terms, and its text export. */
package io.plantdesk.migrations.tracker;
