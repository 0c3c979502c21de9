package io.plantdesk.migrations.ui;

import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.migrations.service.DemoEnvironments;
import io.plantdesk.migrations.service.MigrationService;
import io.plantdesk.migrations.service.OwnerLogins;
import io.plantdesk.migrations.service.ScratchServer;
import io.plantdesk.platform.config.AppSettings;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.ui.feature.CrossEnvironment;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.feature.Installation;
import io.plantdesk.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The migration tracker, for admins. Its environments are the connection profiles of this
 * computer; in the demo plant, also the demo's staging and production databases on the embedded
 * server.
 */
public final class MigrationsFeature implements Feature {

    private final Messages m = Messages.of("io.plantdesk.migrations.ui.messages", MigrationsFeature.class);

    @Override
    public String id() {
        return "migrations";
    }

    @Override
    public String title() {
        return m.get("title");
    }

    @Override
    public Ikon icon() {
        return Material2AL.ACCOUNT_TREE;
    }

    @Override
    public int order() {
        return 960;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of(AppRole.ADMIN);
    }

    @Override
    public boolean worksAcrossEnvironments() {
        return true;
    }

    @Override
    public FeatureView open(FeatureContext context) {
        CrossEnvironment cross = context.crossEnvironment().orElseThrow();
        Installation installation = cross.installation();
        OwnerLogins logins = new OwnerLogins(installation.embeddedServer());
        ConnectionProfile current = cross.current();
        MigrationsViewModel vm = new MigrationsViewModel(
                () -> {
                    AppSettings s = installation.settings();
                    return new MigrationService(
                            ScriptSet.of(s.migrationScripts(), s.migrationHistoryTable()),
                            environments(installation, current),
                            logins,
                            ScratchServer.embedded(installation.embeddedServer()));
                },
                (folder, table) ->
                        installation.saveSettings(installation.settings().withMigrationScripts(folder, table)),
                logins,
                context.tasks());
        Node view =
                new MigrationsView(vm, m, owner -> ScriptsDialog.show(owner, m, installation.settings(), vm)).build();
        vm.load();
        return FeatureView.of(view);
    }

    /** The demo's three environments when this session is the demo plant, then every saved profile. Blocks. */
    static List<ConnectionProfile> environments(Installation installation, ConnectionProfile current) {
        List<ConnectionProfile> out = new ArrayList<>();
        if (current.embedded()) {
            out.addAll(DemoEnvironments.ensure(installation.embeddedServer().get()));
        } else {
            out.add(current);
        }
        installation.profiles().list().stream()
                .filter(p ->
                        !p.embedded() && out.stream().noneMatch(o -> o.name().equals(p.name())))
                .forEach(out::add);
        return out;
    }
}
