package io.plantdesk.sewing.cli;

import io.plantdesk.platform.cli.AdminOptions;
import io.plantdesk.platform.cli.CliContext;
import io.plantdesk.platform.cli.CliContribution;
import io.plantdesk.sewing.TeamDayImport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plantdesk sewing ...}: the sewing module's contribution to the command line. */
public final class SewingCommands implements CliContribution {

    /** The exit code of an import that left rows out (1 to 3 are the command line's own failures). */
    static final int ROWS_LEFT_OUT = 4;

    @Override
    public List<Object> commands(CliContext context) {
        return List.of(new Group());
    }

    @Command(
            name = "sewing",
            mixinStandardHelpOptions = true,
            description = "The sewing floor.",
            subcommands = ImportTeams.class)
    static final class Group implements Runnable {

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new ParameterException(spec.commandLine(), "Name a subcommand: import-teams");
        }
    }

    @Command(
            name = "import-teams",
            mixinStandardHelpOptions = true,
            description = "Import daily team production records (the garment productivity file's columns), or "
                    + "attendance and output in Plantdesk's template (docs/sewing-import.md), into a "
                    + "plant, as one of its people: the good rows in one transaction, every bad row listed by line "
                    + "number and reason. Exit code 0 when every row went in, 4 when some were left out.")
    static final class ImportTeams implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        AdminOptions target;

        @Parameters(paramLabel = "FILE", description = "The CSV file.")
        Path file;

        @Option(
                names = "--as",
                paramLabel = "LOGIN",
                required = true,
                description = "The login of the plant's admin, planner or supervisor the rows are written as "
                        + "(the plant is theirs; the audit names them; the database's rules for them apply).")
        String login;

        @Spec
        CommandSpec spec;

        ImportTeams(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws SQLException {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "There is no file " + file + ".");
            }
            CliContext.AdminDatabase db = target.open(context);
            PrintWriter out = spec.commandLine().getOut();
            try (Connection c = db.dataSource().getConnection()) {
                actAs(c, login);
                try {
                    TeamDayImport.Report report = new TeamDayImport(oneConnection(c), context.clock())
                            .importFile(file, (done, total) -> {
                                if (done == total || done % 500 == 0) {
                                    out.printf("%d of %d rows written%n", done, total);
                                    out.flush();
                                }
                            });
                    out.printf(
                            "%s: %d %s added, %d updated, %d rows left out%n",
                            file.getFileName(),
                            report.inserted(),
                            report.kind() == TeamDayImport.Kind.ATTENDANCE ? "operator shifts" : "team days",
                            report.updated(),
                            report.errors().size());
                    report.errors()
                            .forEach(e -> out.printf(
                                    "  line %d: %s%n", e.line(), e.reason().english()));
                    return report.errors().isEmpty() ? 0 : ROWS_LEFT_OUT;
                } finally {
                    try (Statement s = c.createStatement()) {
                        s.execute("reset session authorization");
                    }
                }
            }
        }

        /**
         * Works as the person's own login from here on (their grants and their plant's rows only),
         * once the login is known to belong to an active person allowed to import.
         */
        private void actAs(Connection c, String who) throws SQLException {
            try (PreparedStatement p = c.prepareStatement(
                    "select format('set session authorization %I', p.login_role) from core.person p "
                            + "where p.login_role = ? and p.active and p.app_role in ('admin', 'planner', 'supervisor')")) {
                p.setString(1, who);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        throw new ParameterException(
                                spec.commandLine(),
                                "No active admin, planner or supervisor has the login \"" + who + "\".");
                    }
                    try (Statement s = c.createStatement()) {
                        s.execute(r.getString(1));
                    }
                }
            }
        }

        /** A Jdbi whose every handle is this one connection (closing a handle leaves it open). */
        private static Jdbi oneConnection(Connection c) {
            Jdbi jdbi = Jdbi.create(new ConnectionFactory() {
                @Override
                public Connection openConnection() {
                    return c;
                }

                @Override
                public void closeConnection(Connection conn) {
                    // The command closes it.
                }
            });
            jdbi.installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
            // As Database.jdbiFor: failures never render the statement and its values.
            jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
            return jdbi;
        }
    }
}
