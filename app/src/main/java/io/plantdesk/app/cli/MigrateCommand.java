package io.plantdesk.app.cli;

import io.plantdesk.app.AppContext;
import io.plantdesk.platform.db.Migrator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Bring the database schema up to this Plantdesk's version (runs the scripts of sql/ with Flyway).")
final class MigrateCommand implements Callable<Integer> {

    private final AppContext ctx;

    @Mixin
    AdminTarget target;

    MigrateCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        AdminTarget.Opened db = target.open(ctx);
        var result = Migrator.migrate(db.dataSource());
        System.out.printf("%s: %d migration(s) applied; schema now at version %s (this Plantdesk ships %s).%n",
                db.where(), result.migrationsExecuted,
                result.targetSchemaVersion == null ? Migrator.shippedVersion() : result.targetSchemaVersion.replaceFirst("^0+", ""),
                Migrator.shippedVersion());
        return 0;
    }
}
