/**
 * The migration tracker's screen (admins only): the grid of migrations against environments, the
 * detail of a migration and of an environment, and the dialogs of the actions.
 */
package io.plantdesk.migrations.ui;
