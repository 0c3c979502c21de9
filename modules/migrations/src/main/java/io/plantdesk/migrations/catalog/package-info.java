/**
 * A database's schema as its catalog describes it, and the drift between two of them: what an
 * environment really has against what its migrations produce.
 */
package io.plantdesk.migrations.catalog;
