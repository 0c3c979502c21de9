/**
 * The application shell: the launcher (GUI or CLI), the one composition root {@link
 * io.plantdesk.app.AppContext}, login, the main window, settings, and the people and overview
 * screens of the core.
 */
package io.plantdesk.app;
