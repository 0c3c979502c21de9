/** The Overview screen's service and wiring. */
package io.plantdesk.app.overview;
