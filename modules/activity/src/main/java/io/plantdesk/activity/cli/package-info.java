/** The activity module's subcommands of {@code plantdesk} (the CLI contribution point). */
package io.plantdesk.activity.cli;
