package io.plantdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.app.AppContext;
import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.tasks.TaskRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A feature's commands (CliContribution) join the command line without an edit of RootCommand. */
class CliContributionsTest {

    @TempDir
    Path home;

    @Test
    void theActivityModulesCommandsAreThereWithTheirContext() {
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"), home.resolve("data/logs"));
        try (AppContext ctx = new AppContext(paths, n -> TaskRunner.sameThread())) {
            CommandLine cl = RootCommand.commandLine(ctx);
            assertThat(cl.getSubcommands()).containsKeys("migrate", "rollup", "activity");
            CommandLine rebuild =
                    cl.getSubcommands().get("activity").getSubcommands().get("rebuild");
            assertThat(rebuild).isNotNull();
            StringWriter err = new StringWriter();
            cl.setErr(new PrintWriter(err));
            // Parsed and built by the factory (which hands it the CliContext); --plant is required.
            assertThat(cl.execute("activity", "rebuild")).isEqualTo(2);
            assertThat(err.toString()).contains("--plant");
        }
    }
}
