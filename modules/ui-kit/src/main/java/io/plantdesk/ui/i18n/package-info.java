/** Resource-bundle access for visible strings. */
package io.plantdesk.ui.i18n;
