package io.plantdesk.platform.cli;

import java.util.List;

/**
 * A feature's subcommands of {@code plantdesk}. Registered in
 * {@code META-INF/services/io.plantdesk.platform.cli.CliContribution}; the CLI root adds every
 * command returned here under its {@code @Command} name. A command that works on a database takes
 * the {@link AdminOptions} mixin and opens it through the {@link CliContext} it was built with;
 * its errors are {@code PlantdeskException}s, which the root prints as one sentence (exit 2).
 */
public interface CliContribution {

    /** Picocli command objects (classes annotated with {@code @Command}); nested subcommands may take a {@link CliContext} constructor. */
    List<Object> commands(CliContext context);
}
