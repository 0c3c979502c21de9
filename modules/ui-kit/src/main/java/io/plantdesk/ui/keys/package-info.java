/** Keyboard: the shared shortcuts a screen marks its controls with, and the drop-down keys. */
package io.plantdesk.ui.keys;
