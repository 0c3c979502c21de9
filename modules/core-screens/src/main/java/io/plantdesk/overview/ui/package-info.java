/** The Overview screen's view. */
package io.plantdesk.overview.ui;
