/** The CLI contribution point: a feature's subcommands of {@code plantdesk}, found through ServiceLoader. */
package io.plantdesk.platform.cli;
