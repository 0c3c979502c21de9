package io.plantdesk.activity.cli;

import io.plantdesk.activity.ActivityRebuild;
import io.plantdesk.platform.cli.AdminOptions;
import io.plantdesk.platform.cli.CliContext;
import io.plantdesk.platform.cli.CliContribution;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code plantdesk activity ...}: the activity module's contribution to the command line. */
public final class ActivityCommands implements CliContribution {

    @Override
    public List<Object> commands(CliContext context) {
        return List.of(new Group());
    }

    @Command(
            name = "activity",
            mixinStandardHelpOptions = true,
            description = "The Activity dashboard's figures.",
            subcommands = Rebuild.class)
    static final class Group implements Runnable {

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new ParameterException(spec.commandLine(), "Name a subcommand: rebuild");
        }
    }

    @Command(
            name = "rebuild",
            mixinStandardHelpOptions = true,
            description = "Recompute a plant's stored activity figures from the audit log on the next rollup run "
                    + "(after an upgrade changed how they are computed).")
    static final class Rebuild implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        AdminOptions target;

        @Option(names = "--plant", paramLabel = "SLUG", required = true, description = "The plant, by its short name.")
        String plant;

        @Option(
                names = "--days",
                paramLabel = "N",
                defaultValue = "3650",
                description = "How far back (default: ${DEFAULT-VALUE} days).")
        int days;

        /** Made by the CLI's factory, which hands every command that asks for it the {@link CliContext}. */
        Rebuild(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            CliContext.AdminDatabase db = target.open(context);
            ActivityRebuild.Marked m = new ActivityRebuild(db.dataSource()).mark(plant, days);
            System.out.printf(
                    "%s: %d day(s) and %d hour(s) of \"%s\" marked for recomputing; "
                            + "the clients do it within a minute, or run \"plantdesk rollup run\".%n",
                    db.where(), m.days(), m.hours(), plant);
            return 0;
        }
    }
}
