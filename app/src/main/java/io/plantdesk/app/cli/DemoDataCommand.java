package io.plantdesk.app.cli;

import io.plantdesk.app.AppContext;
import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.migrations.service.MigrationProgress;
import io.plantdesk.migrations.service.RefusedException;
import io.plantdesk.platform.Text;
import io.plantdesk.platform.admin.AdminService;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.platform.demo.DemoPlant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Seeds the demo plant. Never into a production profile, and its schema is brought up to date
 * only through the tracker's one guarded migrate (issue 12, bug 2: it used to migrate a production
 * database that {@code migrate} had just refused at the gate).
 */
@Command(
        name = "demo-data",
        mixinStandardHelpOptions = true,
        description = {
            "Create the demo plant (" + DemoPlant.TENANT_NAME + ") with people in every role, where it is missing.",
            "Refused on a PRODUCTION profile; the schema is migrated through the tracker's guards first."
        })
final class DemoDataCommand implements Callable<Integer> {

    private final AppContext ctx;

    @Mixin
    AdminTarget target;

    DemoDataCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        AdminTarget.Opened db = target.open(ctx);
        if (db.profile().environment() == Environment.PRODUCTION) {
            throw new RefusedException(
                    new Text(CliText.BUNDLE, "demo.production", db.profile().name()),
                    new Text(CliText.BUNDLE, "demo.production.hint"));
        }
        var applied = TrackerOptions.service(ctx, target, db, ScriptSet.plantdesk())
                .migrate(db.profile(), null, null, MigrationProgress.NONE);
        AdminService admin = new AdminService(db.dataSource(), ctx.ids());
        ctx.demoPlant().seed(admin);
        var plant = admin.tenants().stream()
                .filter(t -> t.slug().equals(DemoPlant.TENANT_SLUG))
                .findFirst()
                .orElseThrow();
        System.out.println(CliText.say("demo.ready", db.where(), applied.size(), plant.name(), plant.people()));
        return 0;
    }
}
