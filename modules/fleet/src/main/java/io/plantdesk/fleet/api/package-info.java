/**
 * What other features and the offline outbox may use of the fleet: the idempotent floor actions
 * (a fuel entry or an odometer reading at the pump, each with a client-generated key).
 */
package io.plantdesk.fleet.api;
