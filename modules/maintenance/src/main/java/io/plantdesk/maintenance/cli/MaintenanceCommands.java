package io.plantdesk.maintenance.cli;

import io.plantdesk.maintenance.PmGeneration;
import io.plantdesk.maintenance.PmService;
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

/** {@code plantdesk maintenance ...}: the maintenance module's contribution to the command line. */
public final class MaintenanceCommands implements CliContribution {

    @Override
    public List<Object> commands(CliContext context) {
        return List.of(new Group());
    }

    @Command(
            name = "maintenance",
            mixinStandardHelpOptions = true,
            description = "Maintenance work orders.",
            subcommands = GeneratePm.class)
    static final class Group implements Runnable {

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new ParameterException(spec.commandLine(), "Name a subcommand: generate-pm");
        }
    }

    @Command(
            name = "generate-pm",
            mixinStandardHelpOptions = true,
            description = "Create the work orders that PM schedules have fallen due for (safe beside running clients: "
                    + "a plant another client is generating for is skipped as busy).")
    static final class GeneratePm implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        AdminOptions target;

        @Option(names = "--plant", paramLabel = "SLUG", description = "Only this plant (default: every plant).")
        String plant;

        GeneratePm(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            CliContext.AdminDatabase db = target.open(context);
            for (PmGeneration.Result r : new PmGeneration(db.dataSource()).run(plant, PmService.DEFAULT_BATCH)) {
                System.out.printf(
                        "%s: %s%n",
                        r.plant(),
                        r.busy() ? "busy (another client is generating now)" : r.created() + " work order(s) created");
            }
            return 0;
        }
    }
}
