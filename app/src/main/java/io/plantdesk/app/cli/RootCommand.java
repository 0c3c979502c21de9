package io.plantdesk.app.cli;

import io.plantdesk.app.AppContext;
import io.plantdesk.app.shell.AppDialogs;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.cli.CliContext;
import io.plantdesk.platform.cli.CliContribution;
import io.plantdesk.platform.db.DbErrors;
import io.plantdesk.platform.embedded.EmbeddedServerException;
import java.sql.SQLException;
import java.util.ServiceLoader;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code plantdesk}: the command-line face of the same application. */
@Command(
        name = "plantdesk",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        description = "Plantdesk, the operations console for garment plants. Without arguments it opens the console.",
        subcommands = {
            MigrateCommand.class,
            InfoCommand.class,
            UserCommand.class,
            DemoDataCommand.class,
            RollupCommand.class,
            MigrationsCommand.class,
            CommandLine.HelpCommand.class
        })
public final class RootCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "Name a command, or run plantdesk without arguments to open the console.");
    }

    /** The command line with the context injected into every command and errors printed as sentences. */
    public static CommandLine commandLine(AppContext ctx) {
        AppCliContext cli = new AppCliContext(ctx);
        CommandLine cl = new CommandLine(new RootCommand(), new ContextFactory(ctx, cli));
        // The features' own commands (CliContribution), after the core ones so a clash fails here, loudly.
        ServiceLoader.load(CliContribution.class, RootCommand.class.getClassLoader())
                .forEach(c -> c.commands(cli).forEach(cl::addSubcommand));
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            // Database errors become sentences (no raw constraint names, no statement text).
            if (ex instanceof JdbiException j && DbErrors.translate(j, null) instanceof PlantdeskException p) {
                ex = p;
            } else if (ex instanceof SQLException sql) {
                ex = DbErrors.translate(sql, null);
            }
            if (ex instanceof PlantdeskException p) {
                line.getErr().println("plantdesk: " + p.fullMessage());
                return p instanceof EmbeddedServerException ? 3 : 2;
            }
            line.getErr()
                    .println("plantdesk: unexpected error: " + ex + " (details in "
                            + ctx.paths().appLog() + ")");
            LoggerFactory.getLogger(RootCommand.class).error("Command failed", ex);
            return 1;
        });
        return cl;
    }

    /**
     * Gives commands that take an {@link AppContext} in their constructor the application's one,
     * and the features' commands that take a {@link CliContext} theirs.
     */
    private record ContextFactory(AppContext ctx, CliContext cli) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(AppContext.class).newInstance(ctx);
            } catch (NoSuchMethodException e) {
                try {
                    var c = cls.getDeclaredConstructor(CliContext.class);
                    c.setAccessible(true);
                    return c.newInstance(cli);
                } catch (NoSuchMethodException e2) {
                    return CommandLine.defaultFactory().create(cls);
                }
            }
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Plantdesk " + AppDialogs.version()};
        }
    }
}
