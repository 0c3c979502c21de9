/** The Overview screen's service and wiring. */
package io.plantdesk.overview;
