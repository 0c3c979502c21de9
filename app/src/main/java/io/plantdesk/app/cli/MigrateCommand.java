package io.plantdesk.app.cli;

import io.plantdesk.app.AppContext;
import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.migrations.service.MigrationProgress;
import io.plantdesk.migrations.service.MigrationService;
import io.plantdesk.migrations.service.ScratchServer;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.platform.db.Migrator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Bring the database schema up to this Plantdesk's version (runs the scripts of sql/ with Flyway).")
final class MigrateCommand implements Callable<Integer> {

    private final AppContext ctx;

    @Mixin
    AdminTarget target;

    MigrateCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Option(names = "--confirm", paramLabel = "NAME",
            description = "The profile's name: required when it is tagged PRODUCTION, which is also held to the promotion gate.")
    String confirm;

    @Override
    public Integer call() {
        AdminTarget.Opened db = target.open(ctx);
        if (db.profile().environment() == Environment.PRODUCTION) {
            return production(db);
        }
        var result = Migrator.migrate(db.dataSource());
        System.out.printf("%s: %d migration(s) applied; schema now at version %s (this Plantdesk ships %s).%n",
                db.where(), result.migrationsExecuted,
                result.targetSchemaVersion == null ? Migrator.shippedVersion() : result.targetSchemaVersion.replaceFirst("^0+", ""),
                Migrator.shippedVersion());
        return 0;
    }

    /**
     * The tracker's rules for production: its name typed, Flyway's validation, and the promotion gate
     * (every migration already succeeded with the same script on a STAGING profile, read with the
     * same admin login).
     */
    private int production(AdminTarget.Opened db) {
        List<ConnectionProfile> staging = ctx.profiles().list().stream().filter(p -> p.environment() == Environment.STAGING).toList();
        List<ConnectionProfile> envs = new java.util.ArrayList<>(staging);
        envs.add(db.profile());
        MigrationService service = new MigrationService(ScriptSet.plantdesk(), envs,
                env -> env.equals(db.profile()) ? db.dataSource() : target.sameLogin(env), ScratchServer.embedded(ctx.embedded()));
        List<String> applied = service.migrate(db.profile(), Migrator.shippedVersion(), confirm, new MigrationProgress() {
            @Override
            public void finished(int step, int total, String version, long millis) {
                System.out.printf("applied V%s (%d of %d, %d ms)%n", version, step, total, millis);
            }
        });
        System.out.printf("%s: %d migration(s) applied; schema now at version %s.%n", db.where(), applied.size(), Migrator.shippedVersion());
        return 0;
    }
}
