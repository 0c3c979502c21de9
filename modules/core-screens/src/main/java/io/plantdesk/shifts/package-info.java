/**
 * The plant's shift calendar (core.shift_pattern): named shifts with their breaks and days, edited
 * by an admin, checked here before sending and again by the database. No JavaFX.
 */
package io.plantdesk.shifts;
