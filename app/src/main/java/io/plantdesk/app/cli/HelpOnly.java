package io.plantdesk.app.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h, --help} without picocli's {@code --version}: in the tracker's commands
 * {@code --version V} names a schema version (issue 12, bug 10: it printed an empty line).
 */
final class HelpOnly {

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;
}
