/** The Fleet screen: the overview of every vehicle, a vehicle's timeline, the event editor and an event's history. */
package io.plantdesk.fleet.ui;
