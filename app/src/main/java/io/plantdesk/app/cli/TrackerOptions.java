package io.plantdesk.app.cli;

import io.plantdesk.app.AppContext;
import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.migrations.service.MigrationService;
import io.plantdesk.migrations.service.ScratchServer;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Environment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * What every tracker command shares: which scripts (the setting, or {@code --scripts} and
 * {@code --history-table}), JSON output, and the one service every command goes through, with the
 * staging profiles beside the target for the promotion gate, each reached with its own login.
 */
public final class TrackerOptions {

    @Option(
            names = "--scripts",
            paramLabel = "DIR",
            description = {
                "A folder laid out like sql/ (a plant's own scripts). Default: the Scripts setting,",
                "or Plantdesk's own scripts when it is empty."
            })
    String scriptsDir;

    @Option(
            names = "--history-table",
            paramLabel = "TABLE",
            description =
                    "The history table of --scripts (default: the setting, or " + ScriptSet.CUSTOM_HISTORY_TABLE + ").")
    String historyTable;

    @Option(names = "--json", description = "Print the result as JSON, for pipelines.")
    boolean json;

    ScriptSet scriptSet(AppContext ctx) {
        if (scriptsDir != null) {
            return ScriptSet.of(
                    Path.of(scriptsDir).toAbsolutePath().toString(),
                    historyTable != null ? historyTable : ctx.settings().migrationHistoryTable());
        }
        if (historyTable != null && !ctx.settings().migrationScripts().isBlank()) {
            return ScriptSet.of(ctx.settings().migrationScripts(), historyTable);
        }
        return ScriptSet.of(ctx.settings().migrationScripts(), ctx.settings().migrationHistoryTable());
    }

    /** The tracker's service on the opened database, with every staging profile of this computer for the gate. */
    MigrationService service(AppContext ctx, AdminTarget target, AdminTarget.Opened db) {
        return service(ctx, target, db, scriptSet(ctx));
    }

    /** The same for a given script set (the demo plant always needs Plantdesk's own). */
    static MigrationService service(AppContext ctx, AdminTarget target, AdminTarget.Opened db, ScriptSet set) {
        List<ConnectionProfile> envs = new ArrayList<>();
        envs.add(db.profile());
        ctx.profiles().list().stream()
                .filter(p -> p.environment() == Environment.STAGING
                        && !p.name().equals(db.profile().name()))
                .forEach(envs::add);
        return new MigrationService(
                set,
                envs,
                env -> env.name().equals(db.profile().name()) ? db.dataSource() : target.forOther(ctx, env),
                ScratchServer.embedded(ctx.embedded()));
    }

    /** "Plantdesk's own scripts (history in flyway_schema_history)": which scripts and table an output is about. */
    static String describe(ScriptSet set) {
        return set.isPlantdesk()
                ? CliText.say("scripts.own", set.historyTable())
                : set.label().english();
    }
}
