/** Widgets every feature shares: list states, the error dialog, the environment badge. */
package io.plantdesk.ui.widgets;
