package io.plantdesk.app.cli;

import io.plantdesk.app.AppContext;
import io.plantdesk.migrations.scripts.Script;
import io.plantdesk.migrations.service.MigrationProgress;
import io.plantdesk.migrations.service.MigrationService;
import io.plantdesk.migrations.service.Rehearsal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plantdesk migrate}: the tracker's one guarded migrate (issue 12, bug 2), the same the
 * screen runs: production's typed name, the promotion gate, Flyway's validation, a refusal of an
 * untracked or newer database, lock timeouts with retries.
 */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        description = {
            "Bring a database's schema up to this Plantdesk's version (or --target V), through the migration",
            "tracker's guards: a PRODUCTION profile needs --confirm NAME and every migration already applied,",
            "with the same script, on a STAGING profile (read with that server's own login). Nothing runs when a",
            "guard says no. --dry-run prints the SQL instead; --rehearse runs it on a scratch copy first."
        })
final class MigrateCommand implements Callable<Integer> {

    private final AppContext ctx;

    @Mixin
    AdminTarget target;

    @Mixin
    TrackerOptions tracker;

    @Option(
            names = "--confirm",
            paramLabel = "NAME",
            description =
                    "The profile's name: required when it is tagged PRODUCTION, which is also held to the promotion gate.")
    String confirm;

    @Option(
            names = "--target",
            paramLabel = "V",
            description = "Migrate up to this version only (default: the newest).")
    String targetVersion;

    @Option(
            names = "--dry-run",
            description = "Print the scripts that would run, in order, with their SQL; change nothing.")
    boolean dryRun;

    @Option(
            names = "--rehearse",
            description = {
                "Run the pending scripts on a scratch copy of the database's schema (on the",
                "embedded server, after a drift check proves the copy faithful) and report; change nothing there."
            })
    boolean rehearse;

    MigrateCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        AdminTarget.Opened db = target.open(ctx);
        MigrationService service = tracker.service(ctx, target, db);
        String to = targetVersion == null ? service.newestVersion() : targetVersion;
        if (dryRun) {
            List<Script> plan = service.plan(db.profile(), to);
            if (tracker.json) {
                System.out.println(Json.of(Map.of(
                        "database",
                        db.where(),
                        "scripts",
                        TrackerOptions.describe(service.scriptSet()),
                        "target",
                        to,
                        "plan",
                        plan.stream()
                                .map(s -> Map.of(
                                        "version",
                                        s.version(),
                                        "description",
                                        s.description(),
                                        "file",
                                        s.fileName(),
                                        "transaction",
                                        !s.header().nonTransactional(),
                                        "sql",
                                        s.sql()))
                                .toList())));
            } else {
                System.out.println("-- " + db.where() + "; " + TrackerOptions.describe(service.scriptSet()));
                System.out.print(MigrationService.dryRunText(db.profile(), plan));
            }
            return 0;
        }
        if (rehearse) {
            return rehearse(db, service, to);
        }
        Map<String, Object> steps = new LinkedHashMap<>();
        List<String> applied = service.migrate(db.profile(), to, confirm, new MigrationProgress() {
            @Override
            public void finished(int step, int total, String version, long millis) {
                steps.put(version, millis);
                if (!tracker.json) {
                    System.out.printf("applied V%s (%d of %d, %d ms)%n", version, step, total, millis);
                }
            }

            @Override
            public void repeatableSkipped(String reason) {
                System.err.println("A repeatable script waits for a later version (" + reason
                        + "); it runs when you migrate further.");
            }

            @Override
            public void retrying(String version, int attempt, int attempts, long waitMillis, String reason) {
                System.err.printf(
                        "V%s waited too long for a lock (%s); retry %d of %d in %d ms%n",
                        version, reason, attempt, attempts, waitMillis);
            }
        });
        String now = service.history(db.profile()).currentVersion();
        if (tracker.json) {
            System.out.println(Json.of(Map.of(
                    "database",
                    db.where(),
                    "scripts",
                    TrackerOptions.describe(service.scriptSet()),
                    "applied",
                    applied,
                    "millis",
                    steps,
                    "version",
                    now == null ? "" : now,
                    "newest",
                    service.newestVersion())));
        } else {
            System.out.println(CliText.say(
                    "migrate.done",
                    db.where(),
                    applied.size(),
                    TrackerOptions.describe(service.scriptSet()),
                    now,
                    service.newestVersion()));
        }
        return 0;
    }

    private int rehearse(AdminTarget.Opened db, MigrationService service, String to) {
        Rehearsal r = service.rehearse(db.profile(), to);
        if (tracker.json) {
            System.out.println(Json.of(Map.of(
                    "database",
                    db.where(),
                    "from",
                    r.from() == null ? "" : r.from(),
                    "to",
                    r.to(),
                    "driftClean",
                    r.drift().isClean(),
                    "applied",
                    r.applied(),
                    "millis",
                    r.millis(),
                    "failure",
                    r.failure() == null ? "" : r.failure().fullMessage(),
                    "passed",
                    r.passed())));
            return r.passed() ? 0 : 1;
        }
        if (!r.drift().isClean()) {
            System.out.println("No rehearsal: " + db.where()
                    + " differs from what its migrations produce, so a scratch copy " + "would not be faithful.");
            System.out.println(r.drift().text().stripTrailing());
            return 1;
        }
        for (int i = 0; i < r.applied().size(); i++) {
            System.out.printf(
                    "rehearsed V%s (%d ms)%n", r.applied().get(i), r.millis().get(i));
        }
        if (r.failure() != null) {
            System.out.println("The rehearsal failed: " + r.failure().fullMessage());
            return 1;
        }
        System.out.println(CliText.say(
                "rehearse.passed",
                db.where(),
                r.from() == null ? "0" : r.from(),
                r.to(),
                r.applied().size()));
        return 0;
    }
}
