/** The Operations view's wiring. */
package io.plantdesk.app.operations;
