/** The People screen's wiring: service from the session, view model, view. */
package io.plantdesk.app.people;
