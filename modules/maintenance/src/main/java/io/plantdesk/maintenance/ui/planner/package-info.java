/**
 * The planner calendar screen: a week per technician with capacity, drag (or Alt+arrows) to
 * schedule and reassign, and the .ics export. View, view model and the Feature that wires them.
 */
package io.plantdesk.maintenance.ui.planner;
