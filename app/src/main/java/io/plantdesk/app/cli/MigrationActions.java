package io.plantdesk.app.cli;

import io.plantdesk.app.AppContext;
import io.plantdesk.migrations.catalog.DriftReport;
import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.migrations.service.MigrationProgress;
import io.plantdesk.migrations.service.MigrationService;
import io.plantdesk.migrations.service.ScratchServer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The migration tracker's checks and actions on one database, for scripts and pipelines: the same
 * service, guards and messages as the screen. A production profile needs {@code --confirm NAME}.
 */
final class MigrationActions {

    private MigrationActions() {
    }

    /**
     * What every one of these commands does first: open the database it targets as its admin, and
     * the tracker's service on it (scratch databases go to the embedded server).
     */
    abstract static class OnOneDatabase implements Callable<Integer> {
        private final AppContext ctx;

        @Mixin
        AdminTarget target;

        OnOneDatabase(AppContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public final Integer call() {
            AdminTarget.Opened db = target.open(ctx);
            MigrationService service = new MigrationService(
                    ScriptSet.of(ctx.settings().migrationScripts(), ctx.settings().migrationHistoryTable()),
                    List.of(db.profile()), env -> db.dataSource(), ScratchServer.embedded(ctx.embedded()));
            return run(db, service);
        }

        abstract int run(AdminTarget.Opened db, MigrationService service);
    }

    @Command(name = "drift", mixinStandardHelpOptions = true,
            description = {"Compare a database's catalog (tables, columns, types, constraints, indexes, triggers, policies,",
                    "functions) with what its migrations produce, built in a scratch database on the embedded server.",
                    "Exit code 0 when they match, 1 with the differences listed."})
    static final class Drift extends OnOneDatabase {
        Drift(AppContext ctx) {
            super(ctx);
        }

        @Override
        int run(AdminTarget.Opened db, MigrationService service) {
            DriftReport report = service.drift(db.profile());
            System.out.println(report.text().stripTrailing());
            return report.isClean() ? 0 : 1;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Check a database's history against this build's scripts (checksums, failed rows, missing",
                    "scripts). Pending scripts are not a problem. Exit code 0 when they agree, 1 with the problems."})
    static final class Validate extends OnOneDatabase {
        Validate(AppContext ctx) {
            super(ctx);
        }

        @Override
        int run(AdminTarget.Opened db, MigrationService service) {
            List<String> problems = service.validate(db.profile());
            problems.forEach(System.out::println);
            System.out.println(problems.isEmpty() ? "The history of " + db.where() + " agrees with this build's scripts."
                    : problems.size() + " problem(s).");
            return problems.isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "repair", mixinStandardHelpOptions = true,
            description = {"Remove the history rows of failed migrations and realign drifted checksums with this build's",
                    "scripts. Changes the history only, never the schema."})
    static final class Repair extends OnOneDatabase {
        @Option(names = "--confirm", paramLabel = "NAME", description = "The profile's name, required for production.")
        String confirm;

        Repair(AppContext ctx) {
            super(ctx);
        }

        @Override
        int run(AdminTarget.Opened db, MigrationService service) {
            System.out.println(service.repair(db.profile(), confirm));
            return 0;
        }
    }

    @Command(name = "baseline", mixinStandardHelpOptions = true,
            description = {"Mark a database built before it was tracked as being at a version (the golden baseline),",
                    "only when its catalog matches what the migrations up to that version produce."})
    static final class Baseline extends OnOneDatabase {
        @Option(names = "--version", required = true, paramLabel = "V", description = "The version it is at, e.g. 4.")
        String version;

        @Option(names = "--confirm", paramLabel = "NAME", description = "The profile's name, required for production.")
        String confirm;

        Baseline(AppContext ctx) {
            super(ctx);
        }

        @Override
        int run(AdminTarget.Opened db, MigrationService service) {
            service.baseline(db.profile(), version, confirm);
            System.out.println(db.where() + " is baselined at V" + version + ".");
            return 0;
        }
    }

    @Command(name = "rollback", mixinStandardHelpOptions = true,
            description = {"Undo the last N migrations with their U scripts, newest first, each in one transaction with",
                    "the removal of its history row. Refused when a U script is missing or the drift report is not clean."})
    static final class Rollback extends OnOneDatabase {
        @Option(names = "--count", defaultValue = "1", paramLabel = "N", description = "How many (default: ${DEFAULT-VALUE}).")
        int count;

        @Option(names = "--confirm", paramLabel = "NAME", description = "The profile's name, required for production.")
        String confirm;

        Rollback(AppContext ctx) {
            super(ctx);
        }

        @Override
        int run(AdminTarget.Opened db, MigrationService service) {
            List<String> done = service.rollback(db.profile(), count, confirm, new MigrationProgress() {
                @Override
                public void finished(int step, int total, String version, long millis) {
                    System.out.printf("rolled back V%s (%d of %d, %d ms)%n", version, step, total, millis);
                }
            });
            System.out.println(db.where() + ": " + done.size() + " migration(s) rolled back.");
            return 0;
        }
    }
}
