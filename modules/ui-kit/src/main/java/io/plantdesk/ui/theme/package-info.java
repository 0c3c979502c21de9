/** Theme (light/dark) and the Desk/Floor display modes. */
package io.plantdesk.ui.theme;
