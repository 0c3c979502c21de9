package io.plantdesk.app.cli;

import io.plantdesk.app.AppContext;
import io.plantdesk.migrations.catalog.DriftReport;
import io.plantdesk.migrations.service.DriftRefusedException;
import io.plantdesk.migrations.service.MigrationProgress;
import io.plantdesk.migrations.service.MigrationService;
import io.plantdesk.migrations.service.ScratchServer;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.db.ConnectionProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The migration tracker's checks and actions on one database, for scripts and pipelines: the same
 * service, guards and messages as the screen. A production profile needs {@code --confirm NAME}.
 * Every output names the database, the scripts and the history table it is about.
 */
final class MigrationActions {

    private MigrationActions() {}

    /**
     * What every one of these commands does first: open the database it targets as its admin, and
     * the tracker's service on it (scratch databases go to the embedded server).
     */
    abstract static class OnOneDatabase implements Callable<Integer> {
        final AppContext ctx;

        @Mixin
        AdminTarget target;

        @Mixin
        TrackerOptions tracker;

        @Mixin
        HelpOnly help;

        OnOneDatabase(AppContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public final Integer call() {
            AdminTarget.Opened db = target.open(ctx);
            return run(db, tracker.service(ctx, target, db));
        }

        abstract int run(AdminTarget.Opened db, MigrationService service);

        String about(AdminTarget.Opened db, MigrationService service) {
            return db.where() + "; " + TrackerOptions.describe(service.scriptSet());
        }

        static Map<String, Object> json(DriftReport r) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("against", r.against());
            out.put("version", r.version());
            out.put("clean", r.isClean());
            out.put("objectsCompared", r.objectsCompared());
            out.put(
                    "differences",
                    r.differences().stream()
                            .map(d -> {
                                Map<String, Object> m = new LinkedHashMap<>();
                                m.put("change", d.change().name().toLowerCase(Locale.ROOT));
                                m.put("kind", d.kind());
                                m.put("name", d.name());
                                m.put("expected", d.expected());
                                m.put("actual", d.actual());
                                return m;
                            })
                            .toList());
            return out;
        }
    }

    @Command(
            name = "drift",
            description = {
                "Compare a database's catalog (tables, columns, types, constraints, indexes, triggers and their",
                "state, policies and RLS, functions, owners, grants, storage parameters, collations, comments) with",
                "what its migrations produce, built in a scratch database on the embedded server; or with",
                "another profile's (--against). Changed functions and views come as a unified diff.",
                "Exit code 0 when they match, 1 with the differences listed."
            })
    static final class Drift extends OnOneDatabase {
        @Option(
                names = "--version",
                paramLabel = "V",
                description =
                        "Compare with what migrations up to V produce (default: " + "the version the database is at).")
        String version;

        @Option(
                names = "--against",
                paramLabel = "PROFILE",
                description = "Compare with another profile's live catalog instead "
                        + "(staging against production, say), reached with its own login.")
        String against;

        Drift(AppContext ctx) {
            super(ctx);
        }

        @Override
        int run(AdminTarget.Opened db, MigrationService service) {
            DriftReport report;
            if (against != null) {
                ConnectionProfile other = ctx.profiles()
                        .find(against)
                        .orElseThrow(() -> new PlantdeskException(
                                "There is no connection profile named \"" + against + "\".",
                                "Run \"plantdesk info\" to list the profiles."));
                MigrationService both = new MigrationService(
                        service.scriptSet(),
                        List.of(db.profile(), other),
                        env -> env.name().equals(db.profile().name()) ? db.dataSource() : target.forOther(ctx, env),
                        ScratchServer.embedded(ctx.embedded()));
                report = both.compare(db.profile(), other);
            } else {
                report = version == null ? service.drift(db.profile()) : service.driftAgainst(db.profile(), version);
            }
            if (tracker.json) {
                Map<String, Object> out = json(report);
                out.put("database", db.where());
                out.put("scripts", TrackerOptions.describe(service.scriptSet()));
                System.out.println(Json.of(out));
            } else {
                System.out.println("Drift of " + about(db, service) + (against == null ? "" : "; against " + against));
                System.out.println(report.text().stripTrailing());
            }
            return report.isClean() ? 0 : 1;
        }
    }

    @Command(
            name = "validate",
            description = {
                "Check a database's history against this build's scripts (checksums, failed rows, missing",
                "scripts). Pending scripts are not a problem. Exit code 0 when they agree, 1 with the problems."
            })
    static final class Validate extends OnOneDatabase {
        Validate(AppContext ctx) {
            super(ctx);
        }

        @Override
        int run(AdminTarget.Opened db, MigrationService service) {
            List<String> problems = service.validate(db.profile());
            if (tracker.json) {
                System.out.println(Json.of(Map.of(
                        "database",
                        db.where(),
                        "scripts",
                        TrackerOptions.describe(service.scriptSet()),
                        "valid",
                        problems.isEmpty(),
                        "problems",
                        problems)));
                return problems.isEmpty() ? 0 : 1;
            }
            System.out.println("Validation of " + about(db, service));
            problems.forEach(System.out::println);
            System.out.println(
                    problems.isEmpty()
                            ? CliText.say("validate.clean")
                            : CliText.say("validate.problems", problems.size()));
            return problems.isEmpty() ? 0 : 1;
        }
    }

    @Command(
            name = "repair",
            description = {
                "Remove the history rows of failed migrations and realign drifted checksums with this build's",
                "scripts. Changes the history only, never the schema."
            })
    static final class Repair extends OnOneDatabase {
        @Option(names = "--confirm", paramLabel = "NAME", description = "The profile's name, required for production.")
        String confirm;

        Repair(AppContext ctx) {
            super(ctx);
        }

        @Override
        int run(AdminTarget.Opened db, MigrationService service) {
            System.out.println(about(db, service));
            System.out.println(service.repair(db.profile(), confirm).english());
            return 0;
        }
    }

    @Command(
            name = "baseline",
            description = {
                "Mark a database built before it was tracked as being at a version (the golden baseline),",
                "only when its catalog matches what the migrations up to that version produce (owners aside: the",
                "first migrate hands objects to the owner role). Nothing is recorded otherwise."
            })
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
            // The report's first line says what it was compared with: the golden baseline, or a scratch database.
            try {
                System.out.println(
                        service.baseline(db.profile(), version, confirm).text());
            } catch (DriftRefusedException e) {
                System.err.println("plantdesk migrations baseline: " + e.getMessage() + "\n"
                        + e.report().text());
                return 1;
            }
            System.out.println(about(db, service) + ": baselined at V" + version + ".");
            return 0;
        }
    }

    @Command(
            name = "rollback",
            description = {
                "Undo the last N migrations with their U scripts, newest first, each in one transaction with",
                "the removal of its history row and a record in the rollback log (who, when, which, why).",
                "Refused before anything runs when a U script is missing or the drift report is not clean."
            })
    static final class Rollback extends OnOneDatabase {
        @Option(
                names = "--count",
                defaultValue = "1",
                paramLabel = "N",
                description = "How many (default: ${DEFAULT-VALUE}).")
        int count;

        @Option(names = "--confirm", paramLabel = "NAME", description = "The profile's name, required for production.")
        String confirm;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the rollback log that status shows.")
        String reason;

        Rollback(AppContext ctx) {
            super(ctx);
        }

        @Override
        int run(AdminTarget.Opened db, MigrationService service) {
            List<String> done = service.rollback(db.profile(), count, confirm, reason, new MigrationProgress() {
                @Override
                public void finished(int step, int total, String version, long millis) {
                    System.out.printf("rolled back V%s (%d of %d, %d ms)%n", version, step, total, millis);
                }
            });
            System.out.println(CliText.say("rollback.done", about(db, service), done.size()));
            return 0;
        }
    }
}
