/** The Overview screen's view. */
package io.plantdesk.app.overview.ui;
