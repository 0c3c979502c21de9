/** The JavaFX implementation of the platform's TaskRunner. */
package io.plantdesk.ui.tasks;
