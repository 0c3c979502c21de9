package io.plantdesk.app.cli;

import io.plantdesk.app.AppContext;
import io.plantdesk.platform.admin.AdminService;
import io.plantdesk.platform.db.Migrator;
import io.plantdesk.platform.demo.DemoPlant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = "Create the demo plant (" + DemoPlant.TENANT_NAME + ") with people in every role, where it is missing.")
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
        Migrator.migrate(db.dataSource());
        AdminService admin = new AdminService(db.dataSource(), ctx.ids());
        ctx.demoPlant().seed(admin);
        var plant = admin.tenants().stream().filter(t -> t.slug().equals(DemoPlant.TENANT_SLUG)).findFirst().orElseThrow();
        System.out.printf("%s: demo plant \"%s\" ready with %d people. Open the console and press \"Try the demo plant\".%n",
                db.where(), plant.name(), plant.people());
        return 0;
    }
}
