/** {@code plantdesk sewing ...}: the sewing module's subcommands. */
package io.plantdesk.sewing.cli;
