/** {@code plantdesk maintenance ...}: the maintenance module's subcommands. */
package io.plantdesk.maintenance.cli;
