package io.plantdesk.platform.cli;

import picocli.CommandLine.Option;

/** The {@code --profile} and {@code --admin-user} options of a feature's command, as the core commands spell them. */
public final class AdminOptions {

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            description = "A saved connection profile (default: the embedded server).")
    String profile;

    @Option(
            names = "--admin-user",
            paramLabel = "ROLE",
            defaultValue = "postgres",
            description = "Administrator role on that server (default: ${DEFAULT-VALUE}); its password is read from "
                    + "PLANTDESK_ADMIN_PASSWORD or asked for.")
    String adminUser;

    public CliContext.AdminDatabase open(CliContext context) {
        return context.admin(profile, adminUser);
    }
}
