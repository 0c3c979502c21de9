package io.plantdesk.app.cli;

import io.plantdesk.app.AppContext;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.admin.AdminService;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.NewPerson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "Manage the people of a plant.",
        subcommands = UserCommand.Add.class)
final class UserCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a subcommand: add");
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description =
                    "Add a person with their own login role in the group of their role. The plant is created when "
                            + "--plant-name is given and the slug is new.")
    static final class Add implements Callable<Integer> {

        private final AppContext ctx;

        @Mixin
        AdminTarget target;

        @Option(
                names = "--plant",
                required = true,
                paramLabel = "SLUG",
                description = "The plant's short name, e.g. riverside.")
        String plant;

        @Option(
                names = "--plant-name",
                paramLabel = "NAME",
                description = "Create the plant with this name if it does not exist.")
        String plantName;

        @Option(names = "--name", required = true, description = "The person's display name.")
        String name;

        @Option(names = "--login", required = true, description = "Their login name (their own PostgreSQL role).")
        String login;

        @Option(names = "--role", required = true, description = "admin, planner, supervisor, technician or operator.")
        String role;

        @Option(names = "--phone", description = "Phone number for SMS notifications.")
        String phone;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        Add(AppContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() throws IOException {
            AppRole r;
            try {
                r = AppRole.fromDb(role);
            } catch (IllegalArgumentException e) {
                throw new PlantdeskException(
                        "Unknown role \"" + role + "\".", "Use admin, planner, supervisor, technician or operator.");
            }
            char[] password = readPassword();
            NewPerson person = new NewPerson(name, phone, r, login, password);
            if (!person.problems().isEmpty()) {
                throw new PlantdeskException(String.join(" ", person.problems()), null);
            }
            AdminTarget.Opened db = target.open(ctx);
            AdminService admin = new AdminService(db.dataSource(), ctx.ids());
            UUID tenant = admin.findTenant(plant).orElseGet(() -> {
                if (plantName == null) {
                    throw new PlantdeskException(
                            "There is no plant \"" + plant + "\".",
                            "Check the slug with \"plantdesk info --server\", or add --plant-name to create it.");
                }
                return admin.ensureTenant(plantName, plant);
            });
            admin.createPerson(tenant, person);
            System.out.printf("%s: added %s (%s, %s) to plant %s.%n", db.where(), name, login, r.dbValue(), plant);
            return 0;
        }

        private char[] readPassword() throws IOException {
            if (passwordStdin) {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new PlantdeskException("No password on standard input.", null);
                }
                return line.toCharArray();
            }
            var console = System.console();
            if (console == null) {
                throw new PlantdeskException("No terminal to ask for the password.", "Use --password-stdin.");
            }
            char[] a = console.readPassword("Password for %s: ", login);
            char[] b = console.readPassword("Again: ");
            if (a == null || !Arrays.equals(a, b)) {
                throw new PlantdeskException("The two passwords differ.", "Run the command again.");
            }
            return a;
        }
    }
}
