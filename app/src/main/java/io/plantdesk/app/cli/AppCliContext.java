package io.plantdesk.app.cli;

import io.plantdesk.app.AppContext;
import io.plantdesk.platform.cli.CliContext;
import io.plantdesk.platform.ids.Ids;
import java.time.Clock;

/** The {@link CliContext} of the features' commands: the same admin connection rules as the core commands ({@link AdminTarget}). */
final class AppCliContext implements CliContext {

    private final AppContext ctx;

    AppCliContext(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Ids ids() {
        return ctx.ids();
    }

    @Override
    public Clock clock() {
        return ctx.clock();
    }

    @Override
    public AdminDatabase admin(String profile, String adminUser) {
        AdminTarget target = new AdminTarget();
        target.profile = profile;
        target.adminUser = adminUser;
        AdminTarget.Opened opened = target.open(ctx);
        return new AdminDatabase(opened.dataSource(), opened.where());
    }
}
